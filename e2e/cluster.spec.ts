import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import Database from "better-sqlite3";
import { createSessionPool, formFields } from "../bench/writes";
import { expect, test } from "./support/fixtures";

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

const meterValue = (html: string) => Number(html.match(/aria-label="Steun voor dit idee"[^>]*aria-valuenow="(\d+)"/)?.[1] ?? Number.NaN);
const multipart = (fields: [string, string][]) =>
  fields.map(([name, value]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("") + `--${BOUNDARY}--\r\n`;

let cluster: ChildProcess;

test.beforeAll(async () => {
  test.setTimeout(test.info().timeout * 3);
  fs.rmSync(DIR, { recursive: true, force: true });
  cluster = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/start.ts"], {
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
  if (cluster.exitCode !== null || cluster.signalCode !== null) return;
  const exited = new Promise((resolve) => cluster.once("exit", resolve));
  cluster.kill("SIGTERM");
  await exited;
});

test("backings through the cluster: every visitor gets a 200 page, none older than an acknowledged backing", async () => {
  test.slow();
  const db = new Database(DB);
  const id = (db.prepare("SELECT id FROM initiatives WHERE status = 'zoekt_steun' AND hidden_at IS NULL ORDER BY id LIMIT 1").get() as { id: number }).id;
  const backingsBefore = (db.prepare("SELECT count(*) AS n FROM backings WHERE initiative_id = ?").get(id) as { n: number }).n;
  db.close();
  const residents = createSessionPool(DB, BACKINGS).map((token) => `authjs.session-token=${token}`);
  const path = `/initiatieven/${id}`;
  const fields = await formFields(BASE, path, /\bSteunen\b/, residents[0]);

  const statuses = new Map<number, number>();
  const seen: { startedAt: number; value: number }[] = [];
  let running = true;
  const readers = Array.from({ length: READERS }, async () => {
    while (running) {
      const startedAt = Date.now();
      const answer = await fetch(`${BASE}${path}`, { headers: { "accept-encoding": "identity" } });
      const html = await answer.text();
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      if (answer.status === 200) seen.push({ startedAt, value: meterValue(html) });
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
    acknowledged.push({ at: Date.now(), value: backingsBefore + n + 1 });
  }
  running = false;
  await Promise.all(readers);

  const written = new Database(DB, { readonly: true });
  expect((written.prepare("SELECT count(*) AS n FROM backings WHERE initiative_id = ?").get(id) as { n: number }).n).toBe(backingsBefore + BACKINGS);
  written.close();
  const stale = seen.filter((page) => acknowledged.some((write) => page.startedAt > write.at && !(page.value >= write.value)));
  expect(Object.fromEntries(statuses)).toEqual({ 200: seen.length });
  expect(seen.length).toBeGreaterThan(BACKINGS);
  expect(stale).toEqual([]);
});
