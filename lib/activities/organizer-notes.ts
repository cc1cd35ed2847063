import type { ActivityApproval } from "@/db/enums";

/** What the organiser reads after making an activity without JavaScript (`?gelukt=`). */
export const ORGANIZER_NOTES = {
  wacht: "Uw activiteit is gemaakt. Een buurtwerker kijkt er eerst naar. U krijgt een mail als hij op de website staat.",
  live: "Uw activiteit staat op de website. Vertel het uw buren!",
} as const;

/** Why the activity is not on the website now, in the organiser's words; null when it is. */
export function organizerStateNote(activity: { approval: ActivityApproval; approvalNote: string | null; hidden: boolean; cancelled: boolean }): string | null {
  const reason = activity.approvalNote ? ` De buurtwerker schrijft: ${activity.approvalNote}` : "";
  if (activity.cancelled) return "Deze activiteit gaat niet door.";
  if (activity.hidden) return "Deze activiteit staat niet op de website. Bewoners hebben haar gemeld. Een buurtwerker kijkt ernaar.";
  if (activity.approval === "wacht") return "Een buurtwerker kijkt nog naar deze activiteit. Hij staat nog niet op de website.";
  if (activity.approval === "afgewezen") return `Een buurtwerker zei nee. Deze activiteit komt niet op de website.${reason}`;
  if (activity.approval === "gepauzeerd") return `Een buurtwerker heeft deze activiteit gepauzeerd. Hij staat nu niet op de website.${reason}`;
  return null;
}
