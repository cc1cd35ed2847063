import type { Metadata } from "next";
import Link from "next/link";
import { CheckInButton } from "@/components/activities/check-in-button";
import { RosterTotals } from "@/components/activities/roster-totals";
import { WalkInForm } from "@/components/activities/walk-in-form";
import { loadStaffActivity } from "../staff-activity";

export const metadata: Metadata = { title: "Inchecken" };

type Props = { params: Promise<{ id: string }> };

/** For the day itself, on a phone: tap who came, add walk-ins, see the totals. */
export default async function CheckInPage({ params }: Props) {
  const { activity, roster } = await loadStaffActivity(params, "/inchecken");
  return (
    <div className="space-y-6">
      <p>
        <Link href={`/beheer/activiteiten/${activity.id}`} className="inline-flex min-h-11 items-center">
          Terug naar de lijst
        </Link>
      </p>
      <h1 className="text-3xl font-bold">Inchecken: {activity.title}</h1>
      <RosterTotals totals={roster.totals} />
      <section aria-labelledby="aangemeld" className="space-y-2">
        <h2 id="aangemeld" className="text-2xl font-bold">
          Tik op wie er is
        </h2>
        {roster.confirmed.length === 0 ? (
          <p>Niemand aangemeld.</p>
        ) : (
          <ul className="space-y-2">
            {roster.confirmed.map((entry) => (
              <li key={entry.id}>
                <CheckInButton
                  activityId={activity.id}
                  signupId={entry.id}
                  name={entry.name}
                  partySize={entry.partySize}
                  checkedIn={entry.checkedIn}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="binnenlopers" className="space-y-3 rounded-xl bg-sun-light p-4">
        <h2 id="binnenlopers" className="text-2xl font-bold">
          Binnenlopers
        </h2>
        <p>Komen er mensen die zich niet hebben aangemeld? Tel ze hier.</p>
        {/* A new key after each addition gives an empty form, so a second tap cannot add the same group twice. */}
        <WalkInForm key={roster.walkIns.length} activityId={activity.id} />
        {roster.walkIns.length > 0 && (
          <ul className="list-disc pl-6">
            {roster.walkIns.map((entry) => (
              <li key={entry.id}>
                {entry.name}: {entry.partySize}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
