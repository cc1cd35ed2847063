import { renderPreview } from "@/components/reach/preview-image";
import { getInitiativeDetail } from "@/lib/initiatives/queries/detail";
import { initiativePreviewFacts, previewRoute } from "@/lib/reach/preview";

/** The picture a shared link to a published idea shows; for anything else a 404. */
export const GET = previewRoute(
  "initiatieven",
  (id) => {
    const idea = getInitiativeDetail(id, null);
    return idea && initiativePreviewFacts(idea);
  },
  renderPreview,
);
