import { renderPreview } from "@/components/reach/preview-image";
import { getActivity } from "@/lib/activities/queries/activities";
import { activityPreviewFacts, previewRoute } from "@/lib/reach/preview";

/** The picture a shared link to an activity shows. */
export const GET = previewRoute(
  "activiteiten",
  (id) => {
    const activity = getActivity(id);
    return activity && activityPreviewFacts(activity);
  },
  renderPreview,
);
