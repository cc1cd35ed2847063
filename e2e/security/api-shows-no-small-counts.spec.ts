import { one } from "../support/db";
import { expect, test } from "../support/fixtures";

/** Every number in a JSON answer, with its path ("activities.3.signedUp"). */
function numbersIn(value: unknown, path = ""): { path: string; key: string; value: number | string }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => numbersIn(item, `${path}.${i}`));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([key, item]) => numbersIn(item, path ? `${path}.${key}` : key));
  const key = path.split(".").pop() ?? "";
  return typeof value === "number" || value === "<5" ? [{ path, key, value }] : [];
}

/** Keys that hold a count of people anywhere in /api/v1. */
const PEOPLE = new Set(["signedUp", "came", "walkIns", "attended", "placesTaken", "placesLeft", "backings", "online", "paper", "helpers", "peopleReached", "volunteers"]);
/** Support of one idea: its public page shows it, so the API may too (and it is not a figure of /api/v1/stats). */
const SHOWN_ON_THE_IDEA_PAGE = new Set(["backings", "paperBackings", "helpers"]);
const isPublicCount = (value: number | string) => value === "<5" || (typeof value === "number" && value % 5 === 0);

test.describe("no answer of /api/v1 gives away a count that another shows as <5", () => {
  test("every count of people in stats and activities is 0, <5 or a multiple of 5; activities say how full only in words", async ({ request }) => {
    const stats = await (await request.get("/api/v1/stats")).json();
    const answers: Record<string, unknown> = {
      "/api/v1/stats": stats,
      "/api/v1/activities": await (await request.get("/api/v1/activities")).json(),
      "/api/v1/activities?tijd=voorbij": await (await request.get("/api/v1/activities?tijd=voorbij")).json(),
    };
    for (const [url, body] of Object.entries(answers)) {
      for (const hit of numbersIn(body)) {
        const people = PEOPLE.has(hit.key) || hit.path.startsWith("participants.");
        if (people) expect(isPublicCount(hit.value), `${url} ${hit.path} = ${hit.value}`).toBe(true);
      }
    }

    // The differencing of the finding: an activity the figures show as "<5" has no exact count in the list.
    const small = (stats.activities as { id: number; signedUp: number | string }[]).filter((row) => row.signedUp === "<5");
    expect(small.length).toBeGreaterThan(0);
    const listed = [...(answers["/api/v1/activities"] as { items: Record<string, unknown>[] }).items, ...(answers["/api/v1/activities?tijd=voorbij"] as { items: Record<string, unknown>[] }).items];
    for (const item of listed) {
      expect(Object.keys(item)).not.toContain("placesTaken");
      expect(Object.keys(item)).not.toContain("placesLeft");
      const over = new Date(item.endsAt as string).getTime() <= Date.now() || item.cancelled;
      expect(over ? [null] : ["vol", "bijna vol", "plaats"]).toContain(item.availability);
    }
    expect(listed.some((item) => small.some((row) => row.id === item.id))).toBe(true);
  });

  test("the ideas' answers publish only the support counts their public pages show", async ({ request }) => {
    const list = await (await request.get("/api/v1/initiatives")).json();
    const id = list.items[0].id as number;
    const similar = await (await request.get(`/api/v1/initiatives/similar?q=${encodeURIComponent(String(list.items[0].title))}`)).json();
    const detail = await (await request.get(`/api/v1/initiatives/${id}`)).json();
    for (const [url, body] of [["/api/v1/initiatives", list], [`/api/v1/initiatives/${id}`, detail], ["/api/v1/initiatives/similar", similar]] as const) {
      for (const hit of numbersIn(body)) {
        if (PEOPLE.has(hit.key) && !SHOWN_ON_THE_IDEA_PAGE.has(hit.key)) expect(isPublicCount(hit.value), `${url} ${hit.path} = ${hit.value}`).toBe(true);
      }
    }
    expect(detail.backings).toBe(one("SELECT backing_count FROM initiatives WHERE id = ?", id));
  });
});
