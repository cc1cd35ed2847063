import type { Metadata } from "next";
import { GoalMeter } from "@/components/initiatives/goal-meter";
import { requirePagePermission } from "@/lib/auth/guards";
import { goalProgress } from "@/lib/stats/queries";

export const metadata: Metadata = { title: "Dashboard alliantie" };

export default async function DashboardPage() {
  await requirePagePermission("dashboard:view", "/dashboard");
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Dashboard alliantie</h1>
      <p>De deelname aan Burgers maken Hrl-Nrd in cijfers.</p>
      <GoalMeter progress={goalProgress()} />
    </div>
  );
}
