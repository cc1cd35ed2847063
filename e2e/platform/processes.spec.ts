import { spawn, type ChildProcess } from "node:child_process";
import Database from "better-sqlite3";
import { request as http, type APIRequestContext } from "@playwright/test";
import { E2E_DB } from "../support/db";
import { expect, test } from "../support/fixtures";
import { act, createActivity, publishedInitiative, withdrawInitiative } from "../support/http";

/**
 * Two server processes on one SQLite file (as with two containers, or WEB_CONCURRENCY=2): a write
 * through the first is never followed by an older page from the second.
 */
const SECOND_PORT = Number(process.env.E2E_PORT ?? 3100) + 50;
const meterValue = (html: string, label: string) => Number(html.match(new RegExp(`aria-label="${label}"[^>]*aria-valuenow="(\\d+)"`))![1]);
const unique = () => `${Date.now()}-${Math.round(Math.random() * 1e6)}`;

let second: ChildProcess;
let visitor: APIRequestContext;

test.beforeAll(async () => {
  second = spawn(process.execPath, ["--max-old-space-size=192", ".next/serve.mjs"], {
    env: {
      ...process.env, PORT: String(SECOND_PORT), DATABASE_PATH: E2E_DB, MAIL_OUTBOX_DIR: "data/e2e/outbox",
      AUTH_SECRET: "e2e-secret-not-for-production-0123456789", AUTH_URL: `http://localhost:${SECOND_PORT}`, NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: "ignore",
  });
  visitor = await http.newContext({ baseURL: `http://localhost:${SECOND_PORT}` });
  await expect.poll(async () => (await visitor.get("/privacy").catch(() => null))?.status(), { timeout: 60_000 }).toBe(200);
});

test.afterAll(async () => {
  // Also after a failed beforeAll: the second process must not outlive the run.
  second?.kill("SIGTERM");
  await visitor?.dispose();
});

/** GETs `path` from the second process until `stop`, noting when each request started and what it showed. */
function hammer(path: string, read: (html: string) => number) {
  const seen: { startedAt: number; value: number }[] = [];
  let running = true;
  const loops = Array.from({ length: 4 }, async () => {
    while (running) {
      const startedAt = Date.now();
      seen.push({ startedAt, value: read(await (await visitor.get(path)).text()) });
    }
  });
  return { seen, stop: async () => ((running = false), await Promise.all(loops)) };
}

test("sign-ups through one process show at once on the other, under load (0 stale pages)", async ({ baseURL, clientAs }) => {
  const id = await createActivity(baseURL!, `Twee processen ${unique()}`, 20);
  const path = `/activiteiten/${id}`;
  const taken = (html: string) => meterValue(html, "Bezette plekken");
  expect(taken(await (await visitor.get(path)).text())).toBe(0);
  expect((await visitor.get(path)).headers()["x-page-cache"]).toBe("hit");

  const load = hammer(path, taken);
  const first = await clientAs("bezoeker");
  const acknowledged: { at: number; value: number }[] = [];
  for (let n = 1; n <= 6; n++) {
    const reply = await act(first, "signUpAction", path, {
      activityId: String(id), name: "Twee Processen", email: `twee-${n}-${unique()}@voorbeeld.test`, partySize: "1", consent: "ja",
    });
    expect(reply.status).toBe(200);
    acknowledged.push({ at: Date.now(), value: n });
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  await load.stop();

  const stale = load.seen.filter((response) => acknowledged.some((write) => response.startedAt > write.at && response.value < write.value));
  expect(load.seen.length).toBeGreaterThan(20);
  expect(stale).toEqual([]);
  expect(taken(await (await visitor.get(path)).text())).toBe(6);
});

test("a backing and a withdrawal through one process show at once on the other", async ({ baseURL, pageAs }) => {
  const id = await publishedInitiative(baseURL!, `Twee processen ${unique()}`);
  const path = `/initiatieven/${id}`;
  await visitor.get(path);
  expect((await visitor.get(path)).headers()["x-page-cache"]).toBe("hit");

  const staff = await pageAs("buurtwerker");
  await staff.goto(path);
  await staff.getByRole("button", { name: "Steunen" }).click();
  await expect(staff.getByText("U steunt dit idee")).toBeVisible();
  expect(meterValue(await (await visitor.get(path)).text(), "Steun voor dit idee")).toBe(1);

  await withdrawInitiative(baseURL!, id);
  expect((await visitor.get(path)).status()).toBe(404);
});

test("a script's write straight into the database shows on the pages of every process within a step", async ({ baseURL, request }) => {
  const id = await createActivity(baseURL!, `Scripttest ${unique()}`, 5);
  const path = `/activiteiten/${id}`;
  for (const client of [request, visitor]) {
    await client.get(path);
    expect((await client.get(path)).headers()["x-page-cache"]).toBe("hit");
  }
  const db = new Database(E2E_DB);
  db.pragma("busy_timeout = 5000");
  db.prepare("UPDATE activities SET title = ? WHERE id = ?").run(`Door een script ${id}`, id);
  db.close();
  // Nobody is answered for a script's write: it counts at once on a quiet page, at the next step
  // (STEP_MS) on a busy one, as its triggers set it (lib/platform/page-cache/tag-log.ts).
  for (const client of [request, visitor]) await expect.poll(async () => (await client.get(path)).text()).toContain(`Door een script ${id}`);
});
