import type { Metadata } from "next";
import Link from "next/link";
import { OnBehalfSignupForm } from "@/components/activities/on-behalf-signup-form";
import { loadStaffActivity } from "../staff-activity";

export const metadata: Metadata = { title: "Bewoner aanmelden" };

type Props = { params: Promise<{ id: string }> };

/** A buurtwerker signs up a resident they spoke to, often by phone number: many have no e-mail. */
export default async function OnBehalfSignupPage({ params }: Props) {
  const { activity } = await loadStaffActivity(params, "/aanmelden");
  const base = `/beheer/activiteiten/${activity.id}`;
  return (
    <div className="space-y-4">
      <p>
        <Link href={base} className="inline-flex min-h-11 items-center">
          Terug naar de lijst
        </Link>
      </p>
      <h1 className="text-3xl font-bold">Bewoner aanmelden: {activity.title}</h1>
      {activity.cancelled ? (
        <p>Deze activiteit is afgelast. Aanmelden kan niet.</p>
      ) : (
        <>
          <p>
            Heeft u een bewoner gesproken die wil komen? Meld hem of haar hier aan. De bewoner krijgt zelf een sms of mail, met een
            code om af te melden.
          </p>
          <OnBehalfSignupForm activityId={activity.id} maxPartySize={activity.maxPartySize} />
        </>
      )}
    </div>
  );
}
