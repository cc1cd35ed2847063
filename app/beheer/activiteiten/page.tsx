import type { Metadata } from "next";
import Link from "next/link";
import { CreateSeriesForm, SeriesRuleForm } from "@/components/activities/series-forms";
import { LinkButton } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";
import { listSeries } from "@/lib/activities/queries";
import { listActivitiesForStaff, type StaffActivityRow } from "@/lib/activities/staff-queries";
import { requirePagePermission } from "@/lib/auth/guards";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Activiteiten beheren" };

function Rows({ items }: { items: StaffActivityRow[] }) {
  if (items.length === 0) return <p>Geen activiteiten.</p>;
  return (
    <ul className="space-y-1">
      {items.map((item) => (
        <li key={item.id}>
          <Link href={`/beheer/activiteiten/${item.id}`} className="inline-flex min-h-11 items-center">
            {formatDate(item.startsAt)}: {item.title}
            {item.cancelled ? " (afgelast)" : ""}
          </Link>
        </li>
      ))}
    </ul>
  );
}

export default async function StaffActivitiesPage() {
  await requirePagePermission("activity:manage", "/beheer/activiteiten");
  const { upcoming, past } = listActivitiesForStaff();
  const series = listSeries();
  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <h1 className="text-3xl font-bold">Activiteiten beheren</h1>
        <LinkButton href="/beheer/activiteiten/nieuw">
          <Icon name="calendar" /> Nieuwe activiteit
        </LinkButton>
      </div>
      <section aria-labelledby="komend" className="space-y-2">
        <h2 id="komend" className="text-2xl font-bold">
          Binnenkort
        </h2>
        <Rows items={upcoming} />
      </section>
      <section aria-labelledby="geweest" className="space-y-2">
        <h2 id="geweest" className="text-2xl font-bold">
          Geweest
        </h2>
        <Rows items={past} />
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
