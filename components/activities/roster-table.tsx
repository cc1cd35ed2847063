import type { RosterEntry } from "@/lib/activities/staff-queries";

/** A list of sign-ups as a table; `numbered` shows the order (for the waiting list). */
export function RosterTable({
  caption,
  entries,
  numbered = false,
  withContact = true,
  withCheckIn = true,
}: {
  caption: string;
  entries: RosterEntry[];
  numbered?: boolean;
  withContact?: boolean;
  withCheckIn?: boolean;
}) {
  if (entries.length === 0) return <p>{caption}: niemand.</p>;
  return (
    // Focusable so keyboard users can scroll a wide table on a narrow phone.
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={caption}>
      <table className="w-full min-w-[36rem] border-collapse text-left text-base print:min-w-0">
        <caption className="mb-2 text-left text-xl font-bold">{caption}</caption>
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
                <td className="p-2 break-words">
                  {entry.email}
                  {entry.phone ? <><br />{entry.phone}</> : null}
                </td>
              )}
              {withCheckIn && <td className="p-2">{entry.checkedIn ? "Ja" : "☐"}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
