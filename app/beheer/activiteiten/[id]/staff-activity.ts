import "server-only";
import { notFound } from "next/navigation";
import { getActivity } from "@/lib/activities/queries/activities";
import { getRoster } from "@/lib/activities/queries/staff";
import { requirePagePermission } from "@/lib/platform/auth/guards";
import { parseId } from "@/lib/platform/params";

/** The permission check, the activity and its list, shared by the staff pages of one activity. */
export async function loadStaffActivity(params: Promise<{ id: string }>, subPath = "") {
  const raw = (await params).id;
  await requirePagePermission("activity:manage", `/beheer/activiteiten/${raw}${subPath}`);
  const id = parseId(raw);
  const activity = id ? getActivity(id) : null;
  if (!activity) notFound();
  return { activity, roster: getRoster(activity.id) };
}
