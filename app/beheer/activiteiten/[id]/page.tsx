import type { Metadata } from "next";
import Link from "next/link";
import { FeedbackSection } from "@/components/effect/feedback-section";
import { CancelActivityForm } from "@/components/activities/cancel-activity-form";
import { OrganizerSection } from "@/components/activities/organizer-section";
import { PlacesMeter } from "@/components/activities/places-meter";
import { RosterTable } from "@/components/activities/roster-table";
import { RosterTotals } from "@/components/activities/roster-totals";
import { LinkButton } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";
import { formatActivityTime } from "@/lib/platform/format";
import { loadStaffActivity } from "./staff-activity";

export const metadata: Metadata = { title: "Aanmeldingen" };

type Props = { params: Promise<{ id: string }> };

const signups = (n: number) => (n === 1 ? "1 aanmelding" : `${n} aanmeldingen`);
const groups = (n: number) => (n === 1 ? "1 groep" : `${n} groepen`);

export default async function StaffActivityPage({ params }: Props) {
  const { activity, roster } = await loadStaffActivity(params);
  const base = `/beheer/activiteiten/${activity.id}`;
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <p>
          <Link href="/beheer/activiteiten" className="inline-flex min-h-11 items-center">
            Alle activiteiten
          </Link>
        </p>
        <h1 className="text-3xl font-bold">{activity.title}</h1>
        <p>{formatActivityTime(activity.startsAt, activity.endsAt)}</p>
        <p>
          {activity.address}, {activity.wijkName}
        </p>
        {activity.cancelled && (
          <p className="font-bold text-danger">Afgelast. Iedereen die was aangemeld of op de wachtlijst stond, kreeg een mail of sms.</p>
        )}
      </div>
      {activity.organizerId && <OrganizerSection activity={activity} />}
      {!activity.cancelled && (
        <LinkButton href={`${base}/inchecken`}>
          <Icon name="check" /> Inchecken op de dag
        </LinkButton>
      )}
      <PlacesMeter places={activity.places} taken={activity.placesTaken} />
      <RosterTotals totals={roster.totals} />
      <ul className="flex flex-wrap gap-x-6 gap-y-1">
        <li>
          <Link href={`${base}/afdrukken`} className="inline-flex min-h-11 items-center">
            Lijst afdrukken
          </Link>
        </li>
        <li>
          <a href={`${base}/lijst.csv`} className="inline-flex min-h-11 items-center">
            Lijst downloaden (CSV)
          </a>
        </li>
        {!activity.cancelled && (
          <li>
            <Link href={`/activiteiten/${activity.id}/poster`} className="inline-flex min-h-11 items-center">
              Poster afdrukken
            </Link>
          </li>
        )}
        {!activity.cancelled && (
          <li>
            <Link href={`${base}/aanmelden`} className="inline-flex min-h-11 items-center">
              Bewoner aanmelden (sms of mail)
            </Link>
          </li>
        )}
        {!activity.cancelled && (
          <li>
            <Link href={`${base}/bewerken`} className="inline-flex min-h-11 items-center">
              Activiteit wijzigen
            </Link>
          </li>
        )}
        <li>
          <Link href={`/activiteiten/${activity.id}`} className="inline-flex min-h-11 items-center">
            Pagina voor bewoners
          </Link>
        </li>
      </ul>
      <RosterTable id="aangemeld" caption={`Aangemeld: ${signups(roster.confirmed.length)}`} entries={roster.confirmed} />
      <RosterTable id="wachtlijst" caption={`Wachtlijst, op volgorde: ${signups(roster.waiting.length)}`} entries={roster.waiting} numbered withCheckIn={false} />
      <RosterTable id="binnenlopers" caption={`Binnenlopers: ${groups(roster.walkIns.length)}`} entries={roster.walkIns} withContact={false} />
      <FeedbackSection activityId={activity.id} cardHref={activity.cancelled ? null : `${base}/vragenkaart`} />
      {!activity.cancelled && (
        <section aria-labelledby="afgelasten" className="space-y-2 rounded-xl border-2 border-danger p-4">
          <h2 id="afgelasten" className="text-2xl font-bold">
            Afgelasten
          </h2>
          <CancelActivityForm activityId={activity.id} />
        </section>
      )}
    </div>
  );
}
