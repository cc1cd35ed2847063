import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TrajectoryTerms } from "@/components/trajectories/trajectory-terms";
import { EndForm, NoteForm, PlaceForClientForm, ReviewForm } from "@/components/trajectories/work-forms";
import { hoursText } from "@/lib/meedoen/hours";
import { requirePagePermission } from "@/lib/platform/auth/guards";
import { formatActivityTime, formatDate } from "@/lib/platform/format";
import { parseId } from "@/lib/platform/params";
import { coachOf } from "@/lib/trajectories/commands/access";
import { LADDER_STEPS, OUTCOME_LABELS } from "@/lib/trajectories/fields";
import { formatDay } from "@/lib/trajectories/format";
import { openClientFile, upcomingPlaces, type ClientFile } from "@/lib/trajectories/queries/coach";
import { localDay } from "@/lib/platform/time";

export const metadata: Metadata = { title: "Dossier" };

type Props = { params: Promise<{ id: string }> };

function takeText(take: ClientFile["takes"][number]): string {
  if (take.came === true) return `Was er: ${hoursText(take.hours)}`;
  if (take.came === false) return "Was er niet";
  if (take.status === "afgewezen") return "Niet gekozen";
  return take.status === "geaccepteerd" ? "Kan komen" : "Wacht op antwoord";
}

/** One client's file, for their own coach only; every opening is written down for the client to see. */
export default async function ClientFilePage({ params }: Props) {
  const { id } = await params;
  const user = await requirePagePermission("trajectory:manage", `/coach/${id}`);
  const trajectoryId = parseId(id);
  const file = trajectoryId ? openClientFile(coachOf(user), trajectoryId) : null;
  if (!file) notFound();
  const day = localDay(new Date());
  const latestStep = file.reviews[0]?.step ?? file.startStep;
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <Link href="/coach" className="inline-flex min-h-11 items-center">
          ← Mijn deelnemers
        </Link>
        <h1 className="text-3xl font-bold break-words">{file.clientName || file.clientEmail || file.clientPhone}</h1>
        <ul className="space-y-1">
          {file.clientEmail ? <li>E-mail: {file.clientEmail}</li> : <li>Zonder account: de plekken met dit mobiele nummer tellen mee.</li>}
          {file.clientPhone && <li>Mobiel: {file.clientPhone}</li>}
          <TrajectoryTerms terms={file} />
          <li className="font-bold">Ladder nu: {LADDER_STEPS[latestStep]}</li>
          <li>Toestemming gegeven op {formatDate(file.consentAt)} (bij {file.consentByName})</li>
          {file.endedOn ? (
            <li className="font-bold">
              Afgesloten op {formatDay(file.endedOn)}: {file.outcome ? OUTCOME_LABELS[file.outcome] : ""}
            </li>
          ) : (
            <li>Volgende evaluatie: {formatDay(file.nextReviewOn)}</li>
          )}
        </ul>
      </div>

      <section aria-labelledby="uren" className="space-y-3">
        <h2 id="uren" className="text-2xl font-bold">
          Meedoen en uren
        </h2>
        <p className="font-semibold">Samen {hoursText(file.hours)} geholpen sinds de start.</p>
        {file.takes.length === 0 ? (
          <p>Nog geen plekken om te helpen.</p>
        ) : (
          <ul className="space-y-2">
            {file.takes.map((take) => (
              <li key={take.id} className="rounded-xl border-2 border-brand-light p-3">
                <p className="font-bold break-words">{take.task}</p>
                <p>{formatActivityTime(take.startsAt, take.endsAt)}</p>
                <p>{takeText(take)}</p>
              </li>
            ))}
          </ul>
        )}
      </section>

      {!file.endedOn && (
        <>
          <section aria-labelledby="plek" className="space-y-3">
            <h2 id="plek" className="text-2xl font-bold">
              Een plek om te helpen
            </h2>
            <PlaceForClientForm trajectoryId={file.id} places={upcomingPlaces().map((place) => ({ id: place.id, name: `${place.task} (${formatDate(place.startsAt)})` }))} />
          </section>
          <section aria-labelledby="evaluatie" className="space-y-3">
            <h2 id="evaluatie" className="text-2xl font-bold">
              Evaluatie
            </h2>
            <ReviewForm trajectoryId={file.id} today={day} />
          </section>
          <section aria-labelledby="notitie" className="space-y-3">
            <h2 id="notitie" className="text-2xl font-bold">
              Notitie
            </h2>
            <NoteForm trajectoryId={file.id} />
          </section>
        </>
      )}

      <section aria-labelledby="eerder" className="space-y-3">
        <h2 id="eerder" className="text-2xl font-bold">
          Evaluaties en notities
        </h2>
        {file.reviews.length === 0 && file.notes.length === 0 && <p>Nog niets.</p>}
        <ul className="space-y-2">
          {file.reviews.map((review) => (
            <li key={`r${review.id}`} className="rounded-xl border-2 border-brand-light p-3">
              <p className="font-bold">
                {formatDay(review.on)}: {LADDER_STEPS[review.step]}
              </p>
              {review.note && <p className="break-words">{review.note}</p>}
            </li>
          ))}
          {file.notes.map((note) => (
            <li key={`n${note.id}`} className="rounded-xl border-2 border-brand-light p-3">
              <p className="font-bold">Notitie van {formatDate(note.createdAt)}</p>
              <p className="break-words">{note.note}</p>
            </li>
          ))}
        </ul>
      </section>

      {!file.endedOn && (
        <section aria-labelledby="afsluiten" className="space-y-3">
          <h2 id="afsluiten" className="text-2xl font-bold">
            Traject afsluiten
          </h2>
          <EndForm trajectoryId={file.id} today={day} />
        </section>
      )}
    </div>
  );
}
