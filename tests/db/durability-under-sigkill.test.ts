import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { activities, initiatives, users } from "@/db/schema";

const KILLS = 100;
const MAX_DELAY_MS = 40;
// Inside the repository, so that the bundled worker finds better-sqlite3 in node_modules.
// A fresh clone has no data/ folder yet.
fs.mkdirSync(path.resolve("data"), { recursive: true });
const dir = fs.mkdtempSync(path.resolve("data", "durability-"));
const file = path.join(dir, "kill.db");
const worker = path.join(dir, "worker.mjs");

type Acknowledged = { backings: string[]; signups: { id: number; email: string }[] };

/**
 * The worker is bundled once with esbuild (which tsx uses too): starting plain node takes a tenth
 * of the time of tsx, so 100 kills stay well under a minute.
 */
beforeAll(async () => {
  await build({
    entryPoints: ["tests/support/durability-worker.ts"],
    bundle: true,
    platform: "node",
    format: "esm",
    outfile: worker,
    external: ["better-sqlite3"],
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    logLevel: "error",
  });
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function setUp(): { initiativeId: number; activityId: number } {
  const db = openDatabase(file);
  const initiatorId = db.insert(users).values({ email: "initiatiefnemer@kill.test", displayName: "Init" }).returning({ id: users.id }).get().id;
  const initiativeId = db.insert(initiatives).values({ title: "T", pitch: "P", wijkId: 1, themeId: 1, status: "zoekt_steun", initiatorId }).returning({ id: initiatives.id }).get().id;
  const startsAt = new Date(Date.now() + 30 * 86_400_000);
  const activityId = db
    .insert(activities)
    .values({ title: "BBQ", wijkId: 1, address: "Plein", startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000), signupDeadline: startsAt, places: 500, maxPartySize: 1 })
    .returning({ id: activities.id })
    .get().id;
  db.$client.close();
  return { initiativeId, activityId };
}

/** Starts the worker, kills it with SIGKILL a random moment after it began writing, and returns what it acknowledged. */
function runAndKill(run: number, initiativeId: number, activityId: number): Promise<Acknowledged> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [worker, file, String(initiativeId), String(activityId), String(run)], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    let armed = false;
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (!armed && out.startsWith("ready\n")) {
        armed = true;
        setTimeout(() => child.kill("SIGKILL"), Math.random() * MAX_DELAY_MS);
      }
    });
    child.on("error", reject);
    child.on("close", (_code, signal) => {
      if (signal !== "SIGKILL") return reject(new Error(`worker ended without being killed: ${out.slice(-500)}`));
      // Only complete lines count: a half-written line was never acknowledged.
      const lines = out.split("\n").slice(1, -1);
      resolve({
        backings: lines.filter((l) => l.startsWith("backing ")).map((l) => l.split(" ")[1]!),
        signups: lines.filter((l) => l.startsWith("signup ")).map((l) => ({ id: Number(l.split(" ")[1]), email: l.split(" ")[2]! })),
      });
    });
  });
}

/** Opens the file as the app would after a crash and checks every acknowledged write. */
function check(acknowledged: Acknowledged, initiativeId: number) {
  const sqlite = new Database(file);
  try {
    const integrity = sqlite.pragma("integrity_check", { simple: true });
    const backers = new Set(sqlite.prepare("select user_id from backings where initiative_id = ?").pluck().all(initiativeId) as string[]);
    const emails = new Map((sqlite.prepare("select id, email from signups").all() as { id: number; email: string }[]).map((r) => [r.id, r.email]));
    const counter = sqlite.prepare("select backing_count from initiatives where id = ?").pluck().get(initiativeId);
    return {
      integrity,
      lostBackings: acknowledged.backings.filter((userId) => !backers.has(userId)),
      lostSignups: acknowledged.signups.filter((s) => emails.get(s.id) !== s.email),
      counterMatches: counter === backers.size,
    };
  } finally {
    sqlite.close();
  }
}

describe("durability under SIGKILL", () => {
  it(`keeps every acknowledged backing and sign-up over ${KILLS} kills, and the file stays intact`, async () => {
    const { initiativeId, activityId } = setUp();
    let acknowledgedWrites = 0;
    let runsWithWrites = 0;
    for (let run = 0; run < KILLS; run++) {
      const acknowledged = await runAndKill(run, initiativeId, activityId);
      const writes = acknowledged.backings.length + acknowledged.signups.length;
      acknowledgedWrites += writes;
      if (writes > 0) runsWithWrites++;
      expect(check(acknowledged, initiativeId), `after kill ${run + 1}`).toEqual({ integrity: "ok", lostBackings: [], lostSignups: [], counterMatches: true });
    }
    console.log(`durability: ${KILLS} kills, ${acknowledgedWrites} acknowledged writes, ${runsWithWrites} runs killed while writing`);
    expect(runsWithWrites).toBeGreaterThan(KILLS / 2);
    // A hundred child processes: on a busy shared machine this takes longer than the default minute.
  }, 240_000);
});
