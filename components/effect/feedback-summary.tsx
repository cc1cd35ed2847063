import { ResultBars } from "@/components/projects/result-bars";
import type { FeedbackSummary } from "@/lib/effect/queries/feedback";
import { FEEDBACK_MIN_ANSWERS } from "@/lib/effect/fields";
import type { PeopleCount } from "@/lib/stats/present";

/** A public count in words: "nog niemand", "minder dan 5 mensen", "ongeveer 20 mensen". */
export const peopleText = (count: PeopleCount) => (count === 0 ? "nog niemand" : count === "<5" ? "minder dan 5 mensen" : `ongeveer ${count} mensen`);

/** "Hoe was het?" of one activity or a series: the bars only where at least 5 answered. */
export function FeedbackSummaryView({ summary }: { summary: FeedbackSummary | null }) {
  if (!summary) return <p>Deze vragen komen een dag voor de activiteit klaar te staan.</p>;
  return (
    <div className="space-y-4">
      <p>Ingevuld: {peopleText(summary.answered)}.</p>
      {summary.results ? (
        summary.results.map((result) => <ResultBars key={result.question.id} result={result} />)
      ) : (
        <p>Nog geen uitkomst. Die ziet u als minstens {FEEDBACK_MIN_ANSWERS} mensen de vragen hebben ingevuld. Zo kan niemand zien wat één persoon antwoordde.</p>
      )}
    </div>
  );
}
