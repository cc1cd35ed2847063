import type { Metadata } from "next";
import { GoalMeter } from "@/components/initiatives/goal-meter";
import { goalProgress } from "@/lib/stats/queries";

export const metadata: Metadata = { title: "Cijfers" };

export default function FiguresPage() {
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Cijfers</h1>
      <p>Hoeveel bewoners doen mee? Hier ziet u het. Wij tonen nooit gegevens van één persoon.</p>
      <GoalMeter progress={goalProgress()} />
    </div>
  );
}
