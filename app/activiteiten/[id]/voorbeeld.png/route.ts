import { renderPreview } from "@/components/reach/preview-image";
import { getShownActivity } from "@/lib/activities/queries/activities";
import { activityPreviewFacts, previewRoute } from "@/lib/reach/preview";

/** The picture a shared link to an activity shows. */
export const GET = previewRoute(
  "activiteiten",
  (id) => {
    const activity = getShownActivity(id);
    return activity && activityPreviewFacts(activity);
  },
  renderPreview,
);
