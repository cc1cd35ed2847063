import type { Metadata } from "next";
import { RosterTable } from "@/components/activities/roster-table";
import { RosterTotals } from "@/components/activities/roster-totals";
import { formatActivityTime } from "@/lib/platform/format";
import { loadStaffActivity } from "../staff-activity";

export const metadata: Metadata = { title: "Lijst afdrukken" };

type Props = { params: Promise<{ id: string }> };

/** A clean A4 list to tick on paper; header and footer of the site are hidden in print (globals.css). */
export default async function PrintPage({ params }: Props) {
  const { activity, roster } = await loadStaffActivity(params, "/afdrukken");
  return (
    <div className="space-y-4 print:text-sm">
      <style>{"@page { size: A4; margin: 15mm; }"}</style>
      <p className="no-print">Gebruik de afdrukknop van uw browser (of Ctrl+P).</p>
      <h1 className="text-2xl font-bold">{activity.title}</h1>
      <p>
        {formatActivityTime(activity.startsAt, activity.endsAt)} · {activity.address}, {activity.wijkName}
      </p>
      <RosterTotals totals={roster.totals} />
      <RosterTable id="aangemeld" caption="Aangemeld" entries={roster.confirmed} />
      <RosterTable id="wachtlijst" caption="Wachtlijst, op volgorde" entries={roster.waiting} numbered withCheckIn={false} />
    </div>
  );
}
