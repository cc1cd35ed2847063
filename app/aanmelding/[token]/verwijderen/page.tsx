import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionButtonForm } from "@/components/initiatives/action-button-form";
import { removeSignupDataAction } from "@/lib/activities/actions/signups";
import { findSignupByToken } from "@/lib/activities/queries/activities";

export const metadata: Metadata = { title: "Gegevens verwijderen", robots: { index: false } };

type Props = { params: Promise<{ token: string }> };

/** The confirmation step for a guest: a page of its own, so it works without JavaScript. */
export default async function RemoveSignupDataPage({ params }: Props) {
  const { token } = await params;
  const signup = findSignupByToken(token);
  if (!signup || signup.dataRemoved) notFound();
  const active = signup.status !== "geannuleerd" && !signup.activityCancelled && signup.startsAt > new Date();
  return (
    <div className="space-y-5">
      <h1 className="text-3xl font-bold">Uw gegevens verwijderen?</h1>
      <p>
        Wij halen uw naam, e-mailadres, telefoonnummer en opmerkingen weg bij uw aanmelding voor{" "}
        <strong>{signup.title}</strong>. Dat kunt u niet terugdraaien.
      </p>
      {active ? <p className="font-semibold">U bent dan ook afgemeld. Iemand anders krijgt uw plek.</p> : null}
      <p>Voor de cijfers houden wij alleen het aantal mensen over. Niemand kan zien dat u het was.</p>
      <ActionButtonForm action={removeSignupDataAction} fields={{ token }} label="Ja, verwijder mijn gegevens" variant="danger" />
      <p>
        <Link href={`/aanmelding/${token}`} className="inline-flex min-h-11 items-center">
          Nee, ga terug
        </Link>
      </p>
    </div>
  );
}
