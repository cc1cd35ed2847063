import "server-only";
import { AppError } from "@/lib/platform/errors";
import { getActivity } from "./activities";
import { activityRefSchema } from "../schema";

/** The largest party of the activity a sign-up form names: the schema of that form depends on it. */
export function maxPartySizeInForm(values: Record<string, string>): number {
  const ref = activityRefSchema.safeParse(values);
  const activity = ref.success ? getActivity(ref.data.activityId) : null;
  if (!activity) throw new AppError("not_found", "Deze activiteit bestaat niet (meer).");
  return activity.maxPartySize;
}
