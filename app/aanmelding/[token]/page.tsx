import type { Metadata } from "next";
import Link from "next/link";
import { PartySizeForm } from "@/components/activities/party-size-form";
import { CancelSignupForm } from "@/components/activities/cancel-signup-form";
import { signupStatusText } from "@/components/activities/signup-status";
import { findSignupByToken } from "@/lib/activities/queries/activities";
import { formatActivityTime } from "@/lib/platform/format";

export const metadata: Metadata = { title: "Uw aanmelding", robots: { index: false } };

type Props = { params: Promise<{ token: string }> };

/** The personal cancel link from the mail. Opening it changes nothing: cancelling takes a button press. */
export default async function SignupByLinkPage({ params }: Props) {
  const { token } = await params;
  const signup = findSignupByToken(token);
  if (!signup) {
    return (
      <div className="space-y-4">
        <h1 className="text-3xl font-bold">Deze link werkt niet</h1>
        <p>Wij kunnen geen aanmelding vinden bij deze link.</p>
        <p>Gebruik de link in de nieuwste mail of sms die u van ons kreeg. Of kijk bij de <Link href="/activiteiten">activiteiten</Link>.</p>
      </div>
    );
  }
  if (signup.dataRemoved) {
    return (
      <div className="space-y-4">
        <h1 className="text-3xl font-bold">Uw gegevens zijn verwijderd</h1>
        <p>Wij hebben uw naam, e-mailadres, telefoonnummer en opmerkingen weggehaald. U hoeft niets meer te doen.</p>
        <p>
          <Link href={`/activiteiten/${signup.activityId}`} className="inline-flex min-h-11 items-center">
          Bekijk de activiteit
        </Link>
        </p>
      </div>
    );
  }
  const over = signup.startsAt <= new Date();
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Uw aanmelding</h1>
      <p>
        <strong>{signup.title}</strong>
        <br />
        {formatActivityTime(signup.startsAt, signup.endsAt)}
      </p>
      <p className="font-semibold">{signupStatusText(signup)}</p>
      {signup.activityCancelled ? (
        <p>Deze activiteit gaat niet door. U hoeft niets te doen.</p>
      ) : signup.status === "geannuleerd" ? (
        <p>U hoeft niets meer te doen.</p>
      ) : over ? (
        <p>Deze activiteit is al begonnen of voorbij. Afmelden kan niet meer.</p>
      ) : (
        <>
          <PartySizeForm token={token} partySize={signup.partySize} maxPartySize={signup.maxPartySize} title={signup.title} />
          <p>Kunt u toch niet komen? Meld u dan af. Dan krijgt iemand anders uw plek.</p>
          <CancelSignupForm token={token} label="Ja, meld mij af" />
        </>
      )}
      <p>
        <Link href={`/activiteiten/${signup.activityId}`} className="inline-flex min-h-11 items-center">
          Bekijk de activiteit
        </Link>
      </p>
      <p>
        Wilt u dat wij uw naam, e-mailadres en telefoonnummer weghalen?{" "}
        <Link href={`/aanmelding/${token}/verwijderen`}>Verwijder mijn gegevens</Link>
      </p>
    </div>
  );
}
