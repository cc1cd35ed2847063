import Link from "next/link";
import { ApprovalPanel } from "@/components/activities/approval-panel";
import { StateNote } from "@/components/activities/state-note";
import { HIDDEN_BY_REPORTS } from "@/lib/activities/commands/approval";
import { organizerStateNote } from "@/lib/activities/organizer-notes";
import type { ActivityDetail } from "@/lib/activities/queries/activities";
import type { ApprovalDecision } from "@/lib/activities/schema";

/** What a buurtwerker may decide now on an initiator's activity. */
function decisionsFor(activity: ActivityDetail): ApprovalDecision[] {
  if (activity.cancelled) return [];
  const byApproval: Record<ActivityDetail["approval"], ApprovalDecision[]> = {
    wacht: ["goedkeuren", "afwijzen", "pauzeren"],
    goedgekeurd: ["pauzeren"],
    gepauzeerd: ["hervatten"],
    afgewezen: [],
  };
  return [...(activity.hiddenReason === HIDDEN_BY_REPORTS ? (["terugzetten"] as const) : []), ...byApproval[activity.approval]];
}

/** On the staff page of an activity an initiator organises: its state and the buurtwerker's choices. */
export function OrganizerSection({ activity }: { activity: ActivityDetail }) {
  const state = organizerStateNote(activity);
  const decisions = decisionsFor(activity);
  return (
    <section aria-labelledby="initiatiefnemer" className="space-y-3 rounded-xl border-2 border-gray-200 p-4">
      <h2 id="initiatiefnemer" className="text-2xl font-bold">
        Georganiseerd door een initiatiefnemer
      </h2>
      {activity.initiative && (
        <p>
          Voor het idee <Link href={`/initiatieven/${activity.initiative.id}`}>{activity.initiative.title}</Link>.
        </p>
      )}
      {state ? <StateNote text={state} waiting={activity.approval === "wacht" && !activity.hidden} /> : <p>Deze activiteit staat op de website.</p>}
      {decisions.length > 0 && <ApprovalPanel activityId={activity.id} decisions={decisions} />}
    </section>
  );
}
