import { formatClockTime, formatDate } from "@/lib/platform/format";
import { ACCESS_LABELS, LADDER_STEPS, OUTCOME_LABELS, type AccessKind } from "@/lib/trajectories/fields";
import { formatDay } from "@/lib/trajectories/format";
import type { OwnTrajectory } from "@/lib/trajectories/queries/own";
import { TrajectoryTerms } from "./trajectory-terms";

/**
 * Only for the person themselves (on /account, or on /mijn-traject without an account): their
 * trajectory, the consent, and who looked in the file. Nothing when there is none.
 */
export function MyTrajectory({ items }: { items: OwnTrajectory[] }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="mijn-traject" className="space-y-4">
      <h2 id="mijn-traject" className="text-2xl font-bold">
        Mijn traject
      </h2>
      <p>Alleen u en uw begeleider zien dit. Dit is alles wat wij erover bewaren.</p>
      {items.map((item) => (
        <div key={item.id} className="space-y-3 rounded-xl border-2 border-brand-light p-4">
          <ul className="space-y-1">
            <li>Uw begeleider: {item.coachName ?? "(account is weg)"}</li>
            <TrajectoryTerms terms={item} />
            {item.clientPhone && <li>Uw mobiele nummer: {item.clientPhone}</li>}
            {item.endedOn && (
              <li className="font-bold">
                Afgesloten op {formatDay(item.endedOn)}: {item.outcome ? OUTCOME_LABELS[item.outcome] : ""}
              </li>
            )}
          </ul>
          <h3 className="text-xl font-bold">Uw toestemming</h3>
          <p>
            Gegeven op {formatDate(item.consentAt)} om {formatClockTime(item.consentAt)}, bij {item.consentByName}. Deze tekst las u:
          </p>
          <blockquote className="border-l-4 border-brand pl-3">{item.consentText}</blockquote>
          {item.reviews.length > 0 && (
            <>
              <h3 className="text-xl font-bold">Evaluaties</h3>
              <ul className="space-y-1">
                {item.reviews.map((review, i) => (
                  <li key={i} className="break-words">
                    {formatDay(review.on)}: {LADDER_STEPS[review.step]}
                    {review.note ? `. ${review.note}` : ""}
                  </li>
                ))}
              </ul>
            </>
          )}
          {item.notes.length > 0 && (
            <>
              <h3 className="text-xl font-bold">Notities van uw begeleider</h3>
              <ul className="space-y-1">
                {item.notes.map((note, i) => (
                  <li key={i} className="break-words">
                    {formatDate(note.createdAt)}: {note.note}
                  </li>
                ))}
              </ul>
            </>
          )}
          <h3 className="text-xl font-bold">Wie keek in uw dossier en wanneer</h3>
          <ul className="space-y-1">
            {item.access.map((entry, i) => (
              <li key={i}>
                {formatDate(entry.at)} om {formatClockTime(entry.at)}: {entry.coachName} {ACCESS_LABELS[entry.what as AccessKind] ?? entry.what}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
