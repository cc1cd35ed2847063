import type { Metadata } from "next";
import Link from "next/link";
import { CreateSeriesForm, SeriesRuleForm } from "@/components/activities/series-forms";
import { LinkButton } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";
import { TimeTabs } from "@/components/activities/time-tabs";
import { Pagination } from "@/components/ui/pagination";
import { listActivities, listSeries, type ActivityCard } from "@/lib/activities/queries/activities";
import { listAwaitingApproval } from "@/lib/activities/queries/organizer";
import { activityFilterSchema } from "@/lib/activities/schema";
import { requirePagePermission } from "@/lib/platform/auth/guards";
import { formatDate } from "@/lib/platform/format";

export const metadata: Metadata = { title: "Activiteiten beheren" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function Rows({ items }: { items: ActivityCard[] }) {
  if (items.length === 0) return <p>Geen activiteiten.</p>;
  return (
    <ul className="space-y-1">
      {items.map((item) => (
        <li key={item.id}>
          <Link href={`/beheer/activiteiten/${item.id}`} className="inline-flex min-h-11 items-center">
            {formatDate(item.startsAt)}: {item.title}
            {item.cancelled ? " (afgelast)" : ` · ${item.placesTaken} van ${item.places} plekken`}
          </Link>
        </li>
      ))}
    </ul>
  );
}

export default async function StaffActivitiesPage({ searchParams }: Props) {
  await requirePagePermission("activity:manage", "/beheer/activiteiten");
  const filter = activityFilterSchema.parse(await searchParams);
  const past = filter.tijd === "voorbij";
  const { items, hasNext } = listActivities({ past, page: filter.pagina, alsoNotShown: true });
  const awaiting = listAwaitingApproval();
  const hrefFor = (tijd: string, page = 1) => `/beheer/activiteiten?${new URLSearchParams({ tijd, ...(page > 1 && { pagina: String(page) }) })}`;
  const series = listSeries();
  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <h1 className="text-3xl font-bold">Activiteiten beheren</h1>
        <LinkButton href="/beheer/activiteiten/nieuw">
          <Icon name="calendar" /> Nieuwe activiteit
        </LinkButton>
      </div>
      {awaiting.length > 0 && (
        <section aria-labelledby="wacht" className="space-y-3 rounded-xl border-2 border-brand p-4">
          <h2 id="wacht" className="text-2xl font-bold">
            Wacht op uw ja ({awaiting.length})
          </h2>
          <p>De eerste activiteit van een initiatiefnemer komt pas op de website als een buurtwerker ja zegt.</p>
          <ul className="space-y-1">
            {awaiting.map((item) => (
              <li key={item.id}>
                <Link href={`/beheer/activiteiten/${item.id}`} className="inline-flex min-h-11 items-center">
                  {formatDate(item.startsAt)}: {item.title}
                  {item.initiativeTitle && ` (idee: ${item.initiativeTitle})`}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="lijst" className="space-y-3">
        <h2 id="lijst" className="text-2xl font-bold">
          {past ? "Activiteiten die geweest zijn" : "Activiteiten die nog komen"}
        </h2>
        <TimeTabs current={filter.tijd} hrefFor={hrefFor} />
        <Rows items={items} />
        <Pagination page={filter.pagina} hasNext={hasNext} hrefFor={(page) => hrefFor(filter.tijd, page)} />
      </section>
      <section aria-labelledby="reeksen" className="space-y-4">
        <h2 id="reeksen" className="text-2xl font-bold">
          Reeksen
        </h2>
        <p>Een reeks is dezelfde activiteit op meer datums, zoals de BBQ-zomer.</p>
        {series.map((s) => (
          <SeriesRuleForm key={s.id} seriesId={s.id} name={s.name} oneSignupPerEmail={s.oneSignupPerEmail} />
        ))}
        <CreateSeriesForm />
      </section>
    </div>
  );
}
