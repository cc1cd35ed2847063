import { formatDate } from "@/lib/platform/format";
import type { FailedJob } from "@/lib/platform/jobs/queries";

const KIND_LABELS: Record<string, string> = {
  retention: "Oude gegevens van gasten opruimen",
  digest: "Wekelijkse mail",
  reminders: "Herinneringen voor activiteiten",
  overdue: "Melding: antwoord te laat",
  mail: "Mails versturen",
};

/** Timed work that failed after every retry: the beheerder sees it here. */
export function FailedJobs({ jobs }: { jobs: FailedJob[] }) {
  return (
    <section aria-labelledby="mislukt" className="space-y-2">
      <h2 id="mislukt" className="text-2xl font-bold">
        Taken die mislukt zijn
      </h2>
      {jobs.length === 0 ? (
        <p>Alle taken op de achtergrond zijn gelukt.</p>
      ) : (
        <ul className="space-y-2">
          {jobs.map((job) => (
            <li key={job.id} className="rounded-xl border-2 border-danger p-3">
              <p className="font-bold">{KIND_LABELS[job.kind] ?? job.kind}</p>
              <p>
                Mislukt op {formatDate(job.failedAt)}, na {job.attempts} pogingen.
              </p>
              {job.lastError && <p className="break-words text-base">Fout: {job.lastError}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
