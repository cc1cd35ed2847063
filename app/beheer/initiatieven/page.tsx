import type { Metadata } from "next";
import { LinkButton } from "@/components/ui/button";
import { CardLink } from "@/components/ui/card-link";
import { Icon } from "@/components/ui/icon";
import { requirePagePermission } from "@/lib/platform/auth/guards";
import { formatDate } from "@/lib/platform/format";
import { listQueue, listReported, listRunning } from "@/lib/initiatives/queries/staff";
import { STATUS_LABELS } from "@/lib/initiatives/status";

export const metadata: Metadata = { title: "Ideeën beoordelen" };

const DAY = 24 * 60 * 60 * 1000;

function waited(since: Date | null, now: Date): string {
  if (!since) return "";
  const days = Math.floor((now.getTime() - since.getTime()) / DAY);
  return days === 0 ? "Vandaag ingestuurd" : days === 1 ? "Wacht 1 dag" : `Wacht ${days} dagen`;
}

export default async function StaffInitiativesPage() {
  await requirePagePermission("initiative:moderate", "/beheer/initiatieven");
  const now = new Date();
  const queue = listQueue();
  const reported = listReported();
  const running = listRunning();
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold">Ideeën beoordelen</h1>
      <LinkButton href="/beheer/initiatieven/namens" variant="secondary">
        <Icon name="user" /> Idee invoeren voor een bewoner
      </LinkButton>
      <section aria-labelledby="wachtrij" className="space-y-3">
        <h2 id="wachtrij" className="text-2xl font-bold">
          Ingestuurd ({queue.length})
        </h2>
        <p>De oudste staat bovenaan. Elke bewoner krijgt binnen 5 werkdagen antwoord.</p>
        {queue.length === 0 && <p>Er wacht niets. Goed gedaan!</p>}
        <ul className="space-y-3">
          {queue.map((item) => {
            const overdue = item.answerDueAt !== null && item.answerDueAt < now;
            return (
              <li key={item.id}>
                <CardLink
                  href={`/beheer/initiatieven/${item.id}`}
                  id={`wachtrij-${item.id}`}
                  title={item.title}
                  tone={overdue ? "border-danger bg-red-50" : "border-brand-light"}
                >
                  <span className="block text-base">
                    {item.wijkName}
                    {item.onBehalf ? " · ingevoerd door een buurtwerker" : ""}
                  </span>
                  <span className="block text-base">{waited(item.submittedAt, now)}</span>
                  {item.answerDueAt && (
                    <span className={overdue ? "block font-bold text-danger" : "block text-base"}>
                      {overdue ? "Te laat! " : ""}Antwoord uiterlijk op {formatDate(item.answerDueAt)}
                    </span>
                  )}
                </CardLink>
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="gemeld" className="space-y-3">
        <h2 id="gemeld" className="text-2xl font-bold">
          Gemeld ({reported.length})
        </h2>
        {reported.length === 0 && <p>Er zijn geen meldingen.</p>}
        <ul className="space-y-2">
          {reported.map((item) => (
            <li key={`${item.initiativeId}-${item.commentId ?? 0}`}>
              <CardLink
                href={`/beheer/initiatieven/${item.initiativeId}`}
                id={`gemeld-${item.initiativeId}-${item.commentId ?? 0}`}
                title={item.commentId ? `Reactie bij "${item.title}"` : item.title}
              >
                <span className="block text-base">
                  {item.openReports} {item.openReports === 1 ? "melding" : "meldingen"}
                  {item.hidden ? " · verborgen" : ""}
                </span>
              </CardLink>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="lopend" className="space-y-3">
        <h2 id="lopend" className="text-2xl font-bold">
          Lopende ideeën ({running.length})
        </h2>
        <ul className="space-y-2">
          {running.map((item) => (
            <li key={item.id}>
              <CardLink href={`/beheer/initiatieven/${item.id}`} id={`lopend-${item.id}`} title={item.title}>
                <span className="block text-base">
                  {STATUS_LABELS[item.status]} · {item.coachName ? `coach: ${item.coachName}` : "nog geen coach"}
                </span>
              </CardLink>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
