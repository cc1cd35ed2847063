import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ActionButtonForm } from "@/components/initiatives/action-button-form";
import { removePhoneTrajectoryAction } from "@/lib/trajectories/actions/phone";
import { phoneSession } from "@/lib/trajectories/phone-session";

export const metadata: Metadata = { title: "Traject verwijderen" };

/** The confirmation step: a page of its own, so it works without JavaScript. */
export default async function RemovePhoneTrajectoryPage() {
  if ((await phoneSession()) === null) redirect("/mijn-traject");
  return (
    <div className="space-y-5">
      <h1 className="text-3xl font-bold">Weet u het zeker?</h1>
      <p>U gaat uw traject verwijderen. Dat kunt u niet terugdraaien.</p>
      <ul className="list-disc space-y-1 pl-6">
        <li>Uw traject stopt.</li>
        <li>Wij halen alles weg wat wij erover bewaren: uw 06-nummer, de afspraken, de notities en wie er keek.</li>
        <li>Alleen een telling zonder naam blijft, voor de cijfers.</li>
      </ul>
      <p>
        Wilt u eerst zien wat wij bewaren? <a href="/mijn-traject/gegevens" download>Download mijn gegevens</a>.
      </p>
      <ActionButtonForm action={removePhoneTrajectoryAction} fields={{ bevestiging: "ja" }} label="Ja, verwijder mijn traject" variant="danger" />
      <p>
        <Link href="/mijn-traject" className="inline-flex min-h-11 items-center">
          Nee, ga terug
        </Link>
      </p>
    </div>
  );
}
