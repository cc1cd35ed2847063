/**
 * What each public page shows, as tags, and what each kind of write changes. A cached page is
 * stale as soon as one of its tags changed after its render started.
 */

import { parseStatsFilter, statsFilterKey } from "@/lib/stats/filters";

const EVERYTHING = "*";

/** The tags of a public page a visitor may get from the cache; null: never cached. */
export function tagsOfPublicPage(pathname: string, query: URLSearchParams = new URLSearchParams()): string[] | null {
  if (pathname === "/") return [EVERYTHING, "initiatives", "activities", "figures"];
  if (pathname === "/initiatieven") return [EVERYTHING, "initiatives"];
  if (pathname === "/activiteiten") return [EVERYTHING, "activities"];
  // Not "figures": a write starts a recount (lib/stats/current.ts), and its result drops the page
  // of its own filter (first value of each parameter, as the cache key and the render read them).
  if (pathname === "/cijfers") {
    const first = Object.fromEntries([...query.keys()].map((name) => [name, query.get(name) ?? undefined]));
    return [EVERYTHING, ...figuresRecomputed(statsFilterKey(parseStatsFilter(first).input))];
  }
  if (pathname === "/privacy" || pathname === "/toegankelijkheid") return [EVERYTHING];
  // A poster shows the same data as its page.
  const detail = pathname.match(/^\/(initiatieven|activiteiten)\/(\d{1,9})(?:\/poster)?$/);
  if (!detail) return null;
  const kind = detail[1] === "initiatieven" ? "initiative" : "activity";
  return [EVERYTHING, `${kind}:${Number(detail[2])}`];
}

/**
 * The query parameters each cached page reads (its filter schema's keys, and the notes after a
 * redirect). The cache key keeps only these, so junk parameters neither make new entries nor
 * reach the render.
 */
const PAGE_PARAMS: Record<string, readonly string[]> = {
  "/initiatieven": ["q", "wijk", "thema", "status", "sort", "pagina", "gemeld"],
  "/activiteiten": ["wijk", "reeks", "tijd", "pagina"],
  "/cijfers": ["van", "tot", "wijk"],
};

export function paramsOfPublicPage(pathname: string): readonly string[] {
  if (/^\/initiatieven\/\d{1,9}$/.test(pathname)) return ["bewaard"];
  // The fixed answer after a sign-up without JavaScript (lib/activities/signup-answer.ts).
  if (/^\/activiteiten\/\d{1,9}$/.test(pathname)) return ["gelukt"];
  return PAGE_PARAMS[pathname] ?? [];
}

/** A backing, comment, report or status change of one initiative. */
export const initiativeChanged = (id: number) => [`initiative:${id}`, "initiatives", "figures"];

/** A sign-up, cancellation, check-in or edit of one activity. */
export const activityChanged = (id: number) => [`activity:${id}`, "activities", "figures"];

/** A fund or a budget: only the figures show it. */
export const figuresChanged = () => ["figures"];

/** Names, roles and whole series show up on many pages: everything is stale. */
export const everythingChanged = () => [EVERYTHING];

/** A new result of the figures thread replaced an older one for one filter (lib/stats/current.ts). */
export const figuresRecomputed = (filterKey: string) => [`figures:recomputed:${filterKey}`];
