import type { Metadata } from "next";
import Link from "next/link";
import { ActionButtonForm } from "@/components/initiatives/action-button-form";
import { deleteOwnAccountAction } from "@/lib/accounts/actions/accounts";
import { requirePageUser } from "@/lib/platform/auth/guards";

export const metadata: Metadata = { title: "Account verwijderen" };

/** The confirmation step: a page of its own, so it works without JavaScript. */
export default async function DeleteAccountPage() {
  await requirePageUser("/account/verwijderen");
  return (
    <div className="space-y-5">
      <h1 className="text-3xl font-bold">Weet u het zeker?</h1>
      <p>U gaat uw account verwijderen. Dat kunt u niet terugdraaien.</p>
      <section aria-labelledby="wat-gebeurt-er" className="space-y-2">
        <h2 id="wat-gebeurt-er" className="text-2xl font-bold">
          Wat gebeurt er?
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          <li>Wij halen uw e-mailadres, uw naam en uw wijk weg.</li>
          <li>Uw ideeën en reacties blijven staan. Er staat dan &quot;oud-bewoner&quot; bij, niet uw naam.</li>
          <li>Uw steun voor ideeën blijft meetellen, zonder uw naam.</li>
          <li>Bent u aangemeld voor een activiteit? Dan melden wij u af. Iemand van de wachtlijst krijgt uw plek.</li>
          <li>Uw naam, telefoonnummer en opmerkingen bij aanmeldingen halen wij weg.</li>
          <li>Ideeën die u nog niet had ingestuurd, halen wij weg.</li>
        </ul>
        <p>
          Wilt u eerst zien wat wij van u bewaren? <a href="/account/gegevens" download>Haal mijn gegevens op</a>.
        </p>
      </section>
      <ActionButtonForm action={deleteOwnAccountAction} fields={{ bevestiging: "ja" }} label="Ja, verwijder mijn account" variant="danger" />
      <p>
        <Link href="/account" className="inline-flex min-h-11 items-center">
          Nee, ga terug naar mijn account
        </Link>
      </p>
    </div>
  );
}
