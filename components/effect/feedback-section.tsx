import Link from "next/link";
import { getActivityFeedback } from "@/lib/effect/queries/pages";
import { FeedbackSummaryView } from "./feedback-summary";

/** On the activity's staff page: "Hoe was het?" for this activity and its series, and the QR card to hand out. */
export function FeedbackSection({ activityId, cardHref }: { activityId: number; cardHref: string | null }) {
  const feedback = getActivityFeedback(activityId);
  return (
    <section aria-labelledby="hoe-was-het" className="space-y-3">
      <h2 id="hoe-was-het" className="text-2xl font-bold">
        Hoe was het?
      </h2>
      <p>De dag na de activiteit krijgt iedereen die er was of zich aanmeldde met mail of telefoon drie korte vragen. De antwoorden zijn anoniem.</p>
      {cardHref && (
        <p>
          <Link href={cardHref} className="inline-flex min-h-11 items-center">
            QR-kaart afdrukken om na afloop uit te delen
          </Link>
        </p>
      )}
      <FeedbackSummaryView summary={feedback.activity} />
      {feedback.series && (
        <>
          <h3 className="text-xl font-bold">Alle activiteiten van de reeks {feedback.series.name} samen</h3>
          <FeedbackSummaryView summary={feedback.series.summary} />
        </>
      )}
    </section>
  );
}
