import type { Metadata } from "next";
import { FiguresTablePage } from "@/components/stats/figures-table-page";
import { requirePagePermission } from "@/lib/platform/auth/guards";

type Props = {
  params: Promise<{ tabel: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const metadata: Metadata = { title: "Cijfers - Overzicht voor de alliantie" };

/** One table of the dashboard, with exact numbers; the dashboard itself sends none of them. */
export default async function DashboardTablePage({ params, searchParams }: Props) {
  const { tabel } = await params;
  await requirePagePermission("dashboard:view", `/dashboard/tabel/${encodeURIComponent(tabel)}`);
  return <FiguresTablePage tabel={tabel} query={await searchParams} audience="alliantie" overview="/dashboard" csvPath="/dashboard/csv" />;
}
