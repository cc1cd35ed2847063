import { revalidatePath } from "next/cache";
import { pageCache } from "./store";
import { activityChanged, everythingChanged, figuresChanged, initiativeChanged, meedoenChanged, projectChanged } from "./tags";

/**
 * One call per domain event, after the write committed and before the answer: the visitors' page
 * cache drops what shows the change, and Next re-renders the pages of the one who made it.
 */
export const changed = {
  /** A proposal, backing, comment, report, review or status change of one initiative. */
  initiative(id: number): void {
    pageCache().invalidate(initiativeChanged(id));
    for (const path of ["/", "/initiatieven", `/initiatieven/${id}`, "/beheer/initiatieven", `/beheer/initiatieven/${id}`, "/account", "/beheer/fondsen"]) {
      revalidatePath(path);
    }
  },
  /** A sign-up, cancellation, check-in, walk-in or edit of one activity. */
  activity(id: number): void {
    pageCache().invalidate(activityChanged(id));
    for (const path of ["/activiteiten", `/activiteiten/${id}`, "/beheer/activiteiten", "/account"]) revalidatePath(path);
    revalidatePath(`/beheer/activiteiten/${id}`, "layout");
  },
  /** A project and what hangs on it; with `surveyId` also the pages of its vragenlijst. */
  project(id: number, surveyId?: number | null): void {
    pageCache().invalidate([...projectChanged(id), ...(surveyId ? [`survey:${surveyId}`] : [])]);
    for (const path of ["/projecten", `/projecten/${id}`, "/beheer/projecten"]) revalidatePath(path);
    revalidatePath(`/beheer/projecten/${id}`, "layout");
  },
  /** A place to help offered, taken, answered or marked. The idea's and activity's pages list their places. */
  meedoen(place: { id: number; initiativeId: number | null; activityId: number | null }): void {
    const pageOf = place.initiativeId ? `/initiatieven/${place.initiativeId}` : place.activityId ? `/activiteiten/${place.activityId}` : null;
    const owner = place.initiativeId ? [`initiative:${place.initiativeId}`] : place.activityId ? [`activity:${place.activityId}`] : [];
    pageCache().invalidate([...meedoenChanged(place.id), ...owner]);
    for (const path of ["/meedoen", `/meedoen/${place.id}`, `/meedoen/${place.id}/aanmeldingen`, "/account", ...(pageOf ? [pageOf] : [])]) revalidatePath(path);
  },
  /** A fund or its yearly budget: the staff pages and the figures (money per fund) show it. */
  fund(): void {
    pageCache().invalidate(figuresChanged());
    for (const path of ["/beheer/fondsen", "/dashboard", "/cijfers"]) revalidatePath(path);
  },
  /** A participation trajectory: only the coach's pages and the figures show it (and those only as counts). */
  trajectory(): void {
    pageCache().invalidate(figuresChanged());
    for (const path of ["/dashboard", "/cijfers"]) revalidatePath(path);
    revalidatePath("/coach", "layout");
  },
  /** A choice only its maker sees (following an idea, mail preferences): no visitor's page shows it. */
  personal(...paths: string[]): void {
    for (const path of paths) revalidatePath(path);
  },
  /** Names, roles, settings, wijken, themes and series show on many pages: everything is stale. */
  everything(): void {
    pageCache().invalidate(everythingChanged());
    revalidatePath("/", "layout");
  },
};

/** For actions whose input names the initiative or activity they change. */
export const initiativeInInput = ({ input }: { input: { initiativeId: number } }) => changed.initiative(input.initiativeId);
export const activityInInput = ({ input }: { input: { activityId: number } }) => changed.activity(input.activityId);
