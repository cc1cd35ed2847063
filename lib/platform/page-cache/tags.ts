/**
 * What each public page shows, as tags, and what each kind of write changes. A cached page is
 * stale as soon as one of its tags changed after its render started.
 */

/** Which public pages the cache may keep, with their tags and the query parameters they read. */
export type PublicPages = {
  /** The tags of a public page a visitor may get from the cache; null: never cached. */
  tagsOf(pathname: string, query: URLSearchParams): string[] | null;
  /** The query parameters the page reads: the cache key keeps only these. */
  paramsOf(pathname: string): readonly string[];
};

// Nothing is cached until the site says which pages are public (lib/wiring/public-pages.ts).
let publicPages: PublicPages = { tagsOf: () => null, paramsOf: () => [] };

/** The site's table of public pages; the page cache knows no page of its own. */
export function definePublicPages(pages: PublicPages): void {
  publicPages = pages;
}

export function tagsOfPublicPage(pathname: string, query: URLSearchParams = new URLSearchParams()): string[] | null {
  return publicPages.tagsOf(pathname, query);
}

export function paramsOfPublicPage(pathname: string): readonly string[] {
  return publicPages.paramsOf(pathname);
}

/** Shown on every public page (names, roles, settings): one tag that drops them all. */
export const EVERYTHING = "*";

/** The tags of the page of one initiative or activity (and of its poster and preview picture). */
export const pageTags = (kind: "initiative" | "activity" | "project" | "survey" | "meedoen", id: number) => [EVERYTHING, `${kind}:${id}`];

/** A backing, comment, report or status change of one initiative. */
export const initiativeChanged = (id: number) => [`initiative:${id}`, "initiatives", "figures"];

/** A sign-up, cancellation, check-in or edit of one activity. */
export const activityChanged = (id: number) => [`activity:${id}`, "activities", "figures"];

/** A project's words, phases, meetings, questions or feedback (its survey pages show its questions). */
export const projectChanged = (id: number) => [`project:${id}`, "projects"];
/** A place to help offered, taken, answered or marked. */
export const meedoenChanged = (id: number) => [`meedoen:${id}`, "meedoen", "figures"];

/** A fund or a budget: only the figures show it. */
export const figuresChanged = () => ["figures"];

/** Names, roles and whole series show up on many pages: everything is stale. */
export const everythingChanged = () => [EVERYTHING];

/** A new result of the figures thread replaced an older one for one filter (lib/stats/current.ts). */
export const figuresRecomputed = (filterKey: string) => [`figures:recomputed:${filterKey}`];
