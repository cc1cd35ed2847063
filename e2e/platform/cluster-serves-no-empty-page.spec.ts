import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import Database from "better-sqlite3";
import { createSessionPool, formFields } from "../../bench/writes";
import { expect, test } from "../support/fixtures";

/**
 * The cluster as an operator runs it: `npm start` (scripts/start.ts) with WEB_CONCURRENCY=2 on a
 * fresh database, so two worker processes behind one port (node:cluster). Residents back an idea
 * one after another while visitors read its page over many connections: every answer is a 200
 * page, and none shows fewer backings than a backing already acknowledged before it was asked.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100) + 500;
const BASE = `http://localhost:${PORT}`;
const DIR = "data/e2e-cluster";
const DB = `${DIR}/app.db`;
const READERS = 12;
const BACKINGS = 30;
const BOUNDARY = "----clusterBoundary7MA4YWxkTrZu0gW";

/** The support shown in the caption (the meter's own value stops at the threshold). */
const shownSupport = (html: string) => Number(html.match(/(\d+) van \d+ mensen steunen dit idee/)?.[1] ?? Number.NaN);
const multipart = (fields: [string, string][]) =>
  fields.map(([name, value]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("") + `--${BOUNDARY}--\r\n`;

let cluster: ChildProcess;

test.beforeAll(async () => {
  test.setTimeout(test.info().timeout * 3);
  expect(await fetch(`${BASE}/privacy`).then(() => "taken", () => "free"), `port ${PORT}`).toBe("free");
  fs.rmSync(DIR, { recursive: true, force: true });
  // A process group of its own: the end of the test stops npm start, the primary and both workers.
  cluster = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/start.ts"], {
    detached: true,
    env: {
      ...process.env, PORT: String(PORT), WEB_CONCURRENCY: "2", DATABASE_PATH: DB, MAIL_OUTBOX_DIR: `${DIR}/outbox`, SMS_OUTBOX_DIR: `${DIR}/sms-outbox`,
      SMTP_URL: "", SMS_URL: "", AUTH_URL: BASE, AUTH_SECRET: "e2e-cluster-secret-not-for-production-0123", NEXT_TELEMETRY_DISABLED: "1",
      BACKING_LIMIT_PER_IP: "10000", JOBS_INTERVAL_MS: "3600000",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  await expect.poll(async () => (await fetch(`${BASE}/privacy`).catch(() => null))?.status, { timeout: test.info().timeout }).toBe(200);
});

test.afterAll(async () => {
  process.kill(-cluster.pid!, "SIGTERM");
  const gone = async () => (await fetch(`${BASE}/privacy`).then(() => "up", () => "gone")) === "gone";
  await expect.poll(gone, { timeout: test.info().timeout }).toBe(true);
  // Whatever of the group did not end by itself (npm start's own processes) goes now.
  try {
    process.kill(-cluster.pid!, "SIGKILL");
  } catch {
    // The whole group has ended.
  }
});

test("backings through the cluster: every visitor gets a 200 page, none older than an acknowledged backing", async () => {
  test.slow();
  const db = new Database(DB);
  const id = (db.prepare("SELECT id FROM initiatives WHERE status = 'zoekt_steun' AND hidden_at IS NULL ORDER BY id LIMIT 1").get() as { id: number }).id;
  db.close();
  const residents = createSessionPool(DB, BACKINGS).map((token) => `authjs.session-token=${token}`);
  const path = `/initiatieven/${id}`;
  const fields = await formFields(BASE, path, /\bSteunen\b/, residents[0]);
  const supportBefore = shownSupport(await (await fetch(`${BASE}${path}`)).text());
  expect(supportBefore).toBeGreaterThanOrEqual(0);

  const statuses = new Map<number, number>();
  const seen: { startedAt: number; value: number }[] = [];
  let running = true;
  const readers = Array.from({ length: READERS }, async () => {
    while (running) {
      const startedAt = Date.now();
      const answer = await fetch(`${BASE}${path}`, { headers: { "accept-encoding": "identity" } });
      const html = await answer.text();
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      if (answer.status === 200) seen.push({ startedAt, value: shownSupport(html) });
    }
  });

  // The form as a browser without JavaScript posts it, by a different resident each time.
  const acknowledged: { at: number; value: number }[] = [];
  for (let n = 0; n < BACKINGS; n++) {
    const reply = await fetch(`${BASE}${path}`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": `multipart/form-data; boundary=${BOUNDARY}`, origin: BASE, cookie: residents[n]! },
      body: multipart(fields),
    });
    await reply.arrayBuffer();
    expect(reply.status, `backing ${n}`).toBeLessThan(400);
    acknowledged.push({ at: Date.now(), value: supportBefore + n + 1 });
  }
  running = false;
  await Promise.all(readers);

  expect(shownSupport(await (await fetch(`${BASE}${path}`)).text())).toBe(supportBefore + BACKINGS);
  const stale = seen.filter((page) => acknowledged.some((write) => page.startedAt > write.at && !(page.value >= write.value)));
  console.info(`cluster: ${BACKINGS} backings, ${seen.length} pages read over ${READERS} connections, statuses ${JSON.stringify(Object.fromEntries(statuses))}, ${stale.length} stale`);
  expect(Object.fromEntries(statuses)).toEqual({ 200: seen.length });
  expect(seen.length).toBeGreaterThan(BACKINGS);
  expect(stale).toEqual([]);
});
