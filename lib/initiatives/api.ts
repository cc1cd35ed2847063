import "server-only";
import type { InitiativeDetail } from "./queries/detail";
import type { InitiativeCard } from "./queries/lists";

/** Open data: the list item, without any personal data. */
export function apiCard(item: InitiativeCard) {
  return {
    id: item.id,
    title: item.title,
    pitch: item.pitch,
    status: item.status,
    wijk: item.wijkName,
    theme: item.themeName,
    backings: item.backingCount,
    paperBackings: item.paperCount,
    url: `/initiatieven/${item.id}`,
  };
}

/** Open data: one idea; the initiator's display name is the only name in it. */
export function apiDetail(item: InitiativeDetail) {
  return {
    id: item.id,
    title: item.title,
    pitch: item.pitch,
    description: item.description,
    status: item.status,
    wijk: item.wijkName,
    theme: item.themeName,
    needs: item.needs,
    initiator: item.initiatorName,
    hasCoach: item.coachName !== null,
    backings: item.backingCount,
    helpers: item.helperCount,
    paperBackings: item.paperCount,
    supportThreshold: item.threshold,
    result: item.result,
    photoUrl: item.photoUrl,
    history: item.timeline.filter((entry) => !entry.coachChange).map((entry) => ({ status: entry.status, at: entry.at.toISOString() })),
    url: `/initiatieven/${item.id}`,
  };
}
