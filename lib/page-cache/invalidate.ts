import { pageCache } from "./store";
import { activityChanged, everythingChanged, initiativeChanged } from "./tags";

/**
 * Called by every write that changes what visitors see, after it committed and before it
 * answers: the next visitor gets a fresh render.
 */
export const publicPagesChanged = {
  initiative: (id: number) => pageCache().invalidate(initiativeChanged(id)),
  activity: (id: number) => pageCache().invalidate(activityChanged(id)),
  everything: () => pageCache().invalidate(everythingChanged()),
};
