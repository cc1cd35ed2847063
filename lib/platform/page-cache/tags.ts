import type { Permission } from "@/lib/platform/auth/permissions";

/**
 * What each public page shows, as tags, and what each kind of write changes. A cached page is
 * stale as soon as one of its tags changed after its render started.
 */

/**
 * A signed-in page that is the same for everyone whose role holds `permission` (nothing of the
 * person on it, only of the role): kept once per role, for those who hold the permission.
 */
export type RolePage = { permission: Permission; tags: string[] };

/** Which public pages the cache may keep, with their tags and the query parameters they read. */
export type PublicPages = {
  /** The tags of a public page a visitor may get from the cache; null: never cached. */
  tagsOf(pathname: string, query: URLSearchParams): string[] | null;
  /** The query parameters the page reads: the cache key keeps only these. */
  paramsOf(pathname: string): readonly string[];
  /** A page for signed-in people that depends on their role only; null: personal (never cached). */
  rolePageOf(pathname: string, query: URLSearchParams): RolePage | null;
};

// Nothing is cached until the site says which pages are public (lib/wiring/public-pages.ts).
let publicPages: PublicPages = { tagsOf: () => null, paramsOf: () => [], rolePageOf: () => null };

/** The site's table of public pages; the page cache knows no page of its own. */
export function definePublicPages(pages: PublicPages): void {
  publicPages = pages;
}

export function tagsOfPublicPage(pathname: string, query: URLSearchParams = new URLSearchParams()): string[] | null {
  return publicPages.tagsOf(pathname, query);
}

export function rolePageOf(pathname: string, query: URLSearchParams = new URLSearchParams()): RolePage | null {
  return publicPages.rolePageOf(pathname, query);
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
