import { definePublicPages, EVERYTHING, figuresRecomputed, pageTags, type RolePage } from "@/lib/platform/page-cache/tags";
import { parseStatsFilter, statsFilterKey } from "@/lib/stats/filters";

/**
 * The query parameters each cached page reads (its filter schema's keys, and the notes after a
 * redirect). The cache key keeps only these, so junk parameters neither make new entries nor
 * reach the render.
 */
const PAGE_PARAMS: Record<string, readonly string[]> = {
  "/initiatieven": ["q", "wijk", "thema", "status", "sort", "pagina", "gemeld"],
  "/activiteiten": ["wijk", "reeks", "tijd", "pagina"],
  "/cijfers": ["van", "tot", "wijk"],
  "/dashboard": ["van", "tot", "wijk"],
  "/projecten": ["wijk"],
  "/meedoen": ["wijk", "week", "pagina"],
};

/** One table of the open figures on its own page (app/cijfers/tabel/[tabel]). */
const TABLE_OF_FIGURES = /^\/cijfers\/tabel\/[a-z-]{1,40}$/;

/** The tag of the figures of the page's filter (first value of each parameter, as the cache key and the render read them). */
function figuresRecomputedFor(query: URLSearchParams): string[] {
  const first = Object.fromEntries([...query.keys()].map((name) => [name, query.get(name) ?? undefined]));
  return figuresRecomputed(statsFilterKey(parseStatsFilter(first).input));
}

/**
 * The alliance's overview shows the figures of everyone, and of the person only the role (the work
 * link in the header). "figures": it also says when a write started a recount.
 */
function rolePageOf(pathname: string, query: URLSearchParams): RolePage | null {
  if (pathname === "/dashboard") return { permission: "dashboard:view", tags: [EVERYTHING, "figures", ...figuresRecomputedFor(query)] };
  return null;
}

/** What each public page shows, as tags: a cached page is stale as soon as one of them changed after its render started. */
function tagsOf(pathname: string, query: URLSearchParams): string[] | null {
  if (pathname === "/") return [EVERYTHING, "initiatives", "activities", "figures"];
  if (pathname === "/initiatieven") return [EVERYTHING, "initiatives"];
  if (pathname === "/activiteiten") return [EVERYTHING, "activities"];
  if (pathname === "/meedoen") return [EVERYTHING, "meedoen"];
  const place = pathname.match(/^\/meedoen\/(\d{1,9})$/);
  if (place) return pageTags("meedoen", Number(place[1]));
  // Not "figures": a write starts a recount (lib/stats/current.ts), and its result drops the page
  // of its own filter.
  if (pathname === "/cijfers" || TABLE_OF_FIGURES.test(pathname)) return [EVERYTHING, ...figuresRecomputedFor(query)];
  if (pathname === "/privacy" || pathname === "/toegankelijkheid") return [EVERYTHING];
  if (pathname === "/projecten") return [EVERYTHING, "projects"];
  // A project and the screens of its vragenlijst (the same for every visitor; answers stay on the server).
  const project = pathname.match(/^\/projecten\/(\d{1,9})$/);
  if (project) return pageTags("project", Number(project[1]));
  const survey = pathname.match(/^\/vragen\/(\d{1,9})(?:\/(?:\d{1,3}|versturen|klaar))?$/);
  if (survey) return pageTags("survey", Number(survey[1]));
  // A poster shows the same data as its page.
  const detail = pathname.match(/^\/(initiatieven|activiteiten)\/(\d{1,9})(?:\/poster)?$/);
  if (!detail) return null;
  return pageTags(detail[1] === "initiatieven" ? "initiative" : "activity", Number(detail[2]));
}

definePublicPages({
  tagsOf,
  rolePageOf,
  paramsOf: (pathname) => {
    if (/^\/initiatieven\/\d{1,9}$/.test(pathname)) return ["bewaard"];
    // The fixed answer after a sign-up or a take without JavaScript (lib/activities/signup-answer.ts, lib/meedoen/messages.ts).
    if (/^\/(activiteiten|meedoen)\/\d{1,9}$/.test(pathname)) return ["gelukt"];
    // The note after leaving a way to reach you without JavaScript (components/projects/contact-form.tsx).
    if (/^\/(projecten\/\d{1,9}|vragen\/\d{1,9}\/klaar)$/.test(pathname)) return ["gelukt"];
    if (TABLE_OF_FIGURES.test(pathname)) return [...PAGE_PARAMS["/cijfers"]!, "pagina"];
    return PAGE_PARAMS[pathname] ?? [];
  },
});
