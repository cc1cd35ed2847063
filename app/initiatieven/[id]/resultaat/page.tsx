import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IdeaSubpage } from "@/components/funds/idea-subpage";
import { MoneyForm } from "@/components/funds/money-form";
import { requirePageUser } from "@/lib/platform/auth/guards";
import { saveResultAction } from "@/lib/funds/actions/initiator";
import { RESULT_PHOTOS_MAX, RESULT_TEXT_MAX } from "@/lib/funds/fields";
import { getResult } from "@/lib/funds/queries/funds";
import { getInitiativeDetail } from "@/lib/initiatives/queries/detail";
import { parseId } from "@/lib/platform/params";

export const metadata: Metadata = { title: "Wat is er bereikt" };

/** The initiator (or staff on their behalf) writes down what a realised idea achieved. */
export default async function ResultPage({ params }: { params: Promise<{ id: string }> }) {
  const raw = (await params).id;
  const user = await requirePageUser(`/initiatieven/${raw}/resultaat`);
  const id = parseId(raw);
  const initiative = id ? getInitiativeDetail(id, user) : null;
  if (!initiative || !(initiative.viewer.isInitiator || initiative.viewer.isStaff)) notFound();
  const result = getResult(initiative.id);
  const value = (n: number | undefined) => (n === undefined ? undefined : String(n));
  return (
    <IdeaSubpage id={initiative.id} heading={`Wat is er bereikt: ${initiative.title}`} back="Terug naar het idee">
      {initiative.status !== "gerealiseerd" ? (
        <p className="font-semibold">U schrijft het resultaat op als het idee gerealiseerd is.</p>
      ) : (
        <>
          <p>Vertel de buurt wat er is gebeurd. Iedereen kan dit lezen op de pagina van het idee. Schrijf geen namen of adressen op.</p>
          <MoneyForm
            action={saveResultAction}
            id="resultaat"
            hidden={{ initiativeId: initiative.id }}
            fields={[
              { name: "whatHappened", label: "Wat is er gebeurd?", hint: `In een paar zinnen. Hoogstens ${RESULT_TEXT_MAX} tekens.`, kind: "textarea", defaultValue: result?.whatHappened },
              { name: "peopleReached", label: "Hoeveel mensen deden mee of werden bereikt?", kind: "number", defaultValue: value(result?.peopleReached) },
              { name: "volunteers", label: "Hoeveel vrijwilligers hielpen?", kind: "number", defaultValue: value(result?.volunteers) },
              { name: "volunteerHours", label: "Hoeveel uur werkten de vrijwilligers samen?", kind: "number", defaultValue: value(result?.volunteerHours) },
              {
                name: "photos",
                label: `Foto's (hoogstens ${RESULT_PHOTOS_MAX}, mag u leeg laten)`,
                hint: result?.photos.length ? "Nieuwe foto's komen in de plaats van de oude." : "Zet geen mensen herkenbaar op de foto zonder dat zij het goed vinden.",
                kind: "photo",
                multiple: true,
              },
            ]}
            submit="Resultaat bewaren"
          />
        </>
      )}
    </IdeaSubpage>
  );
}
