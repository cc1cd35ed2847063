import Link from "next/link";
import { photoUrl } from "@/lib/initiatives/queries/detail";
import type { ResultView } from "@/lib/funds/queries/funds";

/** "Wat is er bereikt" on the idea's page: what happened, people reached, volunteers, hours, photos. */
export function ResultSection({ result, note, title, editHref }: { result: ResultView | null; note: string | null; title: string; editHref: string | null }) {
  if (!result && !note && !editHref) return null;
  return (
    <section aria-labelledby="bereikt" className="space-y-3 rounded-xl bg-brand-light p-4">
      <h2 id="bereikt" className="text-2xl font-bold">
        Wat is er bereikt
      </h2>
      {result ? (
        <>
          <p className="whitespace-pre-line break-words">{result.whatHappened}</p>
          <ul className="space-y-1">
            <li>
              <strong>{result.peopleReached}</strong> mensen deden mee of werden bereikt
            </li>
            <li>
              <strong>{result.volunteers}</strong> vrijwilligers, samen <strong>{result.volunteerHours}</strong> uur
            </li>
          </ul>
          {result.photos.length > 0 && (
            <ul className="grid grid-cols-2 gap-2">
              {result.photos.map((name, index) => (
                <li key={name}>
                  {/* eslint-disable-next-line @next/next/no-img-element -- a small stored WebP, no optimiser needed */}
                  <img src={photoUrl(name)!} alt={`Foto ${index + 1} van wat er bereikt is: ${title}`} className="w-full rounded-lg" width={600} height={450} />
                </li>
              ))}
            </ul>
          )}
        </>
      ) : (
        note && <p>{note}</p>
      )}
      {editHref && (
        <Link href={editHref} className="inline-flex min-h-11 items-center">
          {result ? "Resultaat aanpassen" : "Schrijf op wat er bereikt is"}
        </Link>
      )}
    </section>
  );
}
