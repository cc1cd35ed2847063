import type { RosterEntry } from "@/lib/activities/queries/staff";

type Props = {
  /** Unique on the page; names the heading the list and the table are labelled by. */
  id: string;
  caption: string;
  entries: RosterEntry[];
  /** Shows the order (for the waiting list). */
  numbered?: boolean;
  withContact?: boolean;
  withCheckIn?: boolean;
};

const people = (n: number) => (n === 1 ? "1 persoon" : `${n} personen`);

/**
 * A list of sign-ups: stacked cards on a phone, a table on a wider screen and on paper. Each
 * sign-up counts its people ("2 personen"); the heading counts sign-ups.
 */
export function RosterTable({ id, caption, entries, numbered = false, withContact = true, withCheckIn = true }: Props) {
  const headingId = `${id}-kop`;
  return (
    <section aria-labelledby={headingId} className="space-y-2">
      <h2 id={headingId} className="text-xl font-bold">
        {caption}
      </h2>
      {entries.length === 0 ? (
        <p>Niemand.</p>
      ) : (
        <>
          <ol aria-labelledby={headingId} className="space-y-2 sm:hidden print:hidden">
            {entries.map((entry, index) => (
              <li key={entry.id} className="rounded-xl border-2 border-gray-300 p-3 break-words">
                <p className="font-bold">
                  {numbered ? `${index + 1}. ` : ""}
                  {entry.name}
                </p>
                <p>{people(entry.partySize)}</p>
                {entry.notes && <p>Opmerking: {entry.notes}</p>}
                {withContact && entry.email && <p>{entry.email}</p>}
                {withContact && entry.phone && <p>{entry.phone}</p>}
                {withCheckIn && <p className="font-semibold">{entry.checkedIn ? "Gekomen" : "Nog niet gekomen"}</p>}
              </li>
            ))}
          </ol>
          <table aria-labelledby={headingId} className="hidden w-full border-collapse text-left text-base sm:table print:table">
            <thead>
              <tr className="border-b-2 border-ink">
                {numbered && <th scope="col" className="p-2">Nr.</th>}
                <th scope="col" className="p-2">Naam</th>
                <th scope="col" className="p-2">Personen</th>
                <th scope="col" className="p-2">Opmerking</th>
                {withContact && <th scope="col" className="p-2">Contact</th>}
                {withCheckIn && <th scope="col" className="p-2">Gekomen</th>}
              </tr>
            </thead>
            <tbody>
              {entries.map((entry, index) => (
                <tr key={entry.id} className="border-b border-gray-400 align-top">
                  {numbered && <td className="p-2">{index + 1}</td>}
                  <td className="p-2 font-semibold">{entry.name}</td>
                  <td className="p-2">{entry.partySize}</td>
                  <td className="p-2">{entry.notes ?? ""}</td>
                  {withContact && (
                    <td className="p-2 break-all">
                      {entry.email}
                      {entry.phone ? <><br />{entry.phone}</> : null}
                    </td>
                  )}
                  {withCheckIn && <td className="p-2">{entry.checkedIn ? "Ja" : "☐"}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
