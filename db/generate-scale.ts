/**
 * `npm run db:generate [-- --scale N] [-- --out FILE]`: a deterministic database at the scale of
 * Heerlen-Noord (56,000 residents, 2,000 initiatives, 100,000 backings, 500 activities,
 * 20,000 sign-ups; times N), for measuring speed. The same arguments always give the same data.
 */
import fs from "node:fs";
import type { BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { openDatabase } from "./client";
import * as schema from "./schema";
import type { InitiativeStatus } from "./enums";
import { activities, activitySeries, backings, initiatives, initiativeStatusChanges, paperBackings, signups, users } from "./schema";

const arg = (name: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : undefined;
};
const scale = Number(arg("scale") ?? 1);
const out = arg("out") ?? (scale === 1 ? "data/scale.db" : `data/scale-x${scale}.db`);
if (!Number.isInteger(scale) || scale < 1) throw new Error("--scale must be a whole number of at least 1");

const COUNTS = { residents: 56_000, initiatives: 2_000, backings: 100_000, activities: 500, signups: 20_000 };
const n = Object.fromEntries(Object.entries(COUNTS).map(([k, v]) => [k, v * scale])) as typeof COUNTS;

// A small seeded generator (mulberry32): the same sequence on every machine.
let state = 20_451;
function random(): number {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
}
const pick = <T,>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 1, 12); // fixed, so that the data does not depend on the day it was made
const PATHS: InitiativeStatus[][] = [
  ["concept"],
  ["concept", "ingediend"],
  ["concept", "ingediend", "teruggestuurd"],
  ["concept", "ingediend", "afgewezen"],
  ["concept", "ingediend", "zoekt_steun"],
  ["concept", "ingediend", "zoekt_steun"],
  ["concept", "ingediend", "zoekt_steun", "ingetrokken"],
  ["concept", "ingediend", "zoekt_steun", "in_uitvoering"],
  ["concept", "ingediend", "zoekt_steun", "in_uitvoering", "gerealiseerd"],
  ["concept", "ingediend", "zoekt_steun", "in_uitvoering", "gerealiseerd"],
];
const WORDS = ["Moestuin", "Speeltuin", "Buurtfeest", "Taalcafé", "Repair café", "Bankjes", "Opruimactie", "Huiswerkklas", "Beweegclub", "Kookavond"];

type Db = BetterSQLite3Database<typeof schema>;

function insertChunks<T>(db: Db, rows: T[], insert: (chunk: T[]) => void, size = 500) {
  for (let i = 0; i < rows.length; i += size) insert(rows.slice(i, i + size));
}

function generate(db: Db) {
  const wijkIds = Array.from({ length: 14 }, (_, i) => i + 1);
  const themeIds = [1, 2, 3, 4, 5];
  const userIds = Array.from({ length: n.residents }, (_, i) => `resident-${i}`);
  const staffIds = Array.from({ length: 20 * scale }, (_, i) => `staff-${i}`);

  insertChunks(db, userIds, (chunk) =>
    db.insert(users).values(chunk.map((id, i) => ({ id, email: `${id}@voorbeeld.nl`, displayName: `Bewoner ${id.slice(9)}`, role: "bewoner" as const, wijkId: pick(wijkIds), createdAt: new Date(NOW - between(0, 900) * DAY + i) }))).run(),
  );
  db.insert(users).values(staffIds.map((id, i) => ({ id, email: `${id}@voorbeeld.nl`, displayName: `Buurtwerker ${i}`, role: "buurtwerker" as const }))).run();

  const published: { id: number; publishedAt: number }[] = [];
  const initiativeRows = Array.from({ length: n.initiatives }, (_, i) => {
    const path = pick(PATHS);
    const created = NOW - between(1, 720) * DAY;
    return { i, path, created };
  });
  insertChunks(db, initiativeRows, (chunk) => {
    const ids = db
      .insert(initiatives)
      .values(chunk.map(({ i, path, created }) => ({
        title: `${pick(WORDS)} ${i}`,
        pitch: "Samen maken wij de buurt mooier.",
        description: "Een idee van bewoners voor bewoners.",
        wijkId: pick(wijkIds),
        themeId: pick(themeIds),
        needsHelp: random() < 0.6,
        status: path.at(-1)!,
        initiatorId: pick(userIds),
        coachId: path.length > 2 ? pick(staffIds) : null,
        submittedAt: path.length > 1 ? new Date(created + DAY) : null,
        publishedAt: path.includes("zoekt_steun") ? new Date(created + 4 * DAY) : null,
        createdAt: new Date(created),
        updatedAt: new Date(created),
      })))
      .returning({ id: initiatives.id })
      .all();
    const history = chunk.flatMap(({ path, created }, k) =>
      path.map((status, step) => ({ initiativeId: ids[k]!.id, fromStatus: step ? path[step - 1]! : null, toStatus: status, createdAt: new Date(created + step * 2 * DAY) })),
    );
    insertChunks(db, history, (h) => db.insert(initiativeStatusChanges).values(h).run());
    chunk.forEach(({ path, created }, k) => {
      if (path.includes("zoekt_steun")) published.push({ id: ids[k]!.id, publishedAt: created + 4 * DAY });
    });
  });

  // Backings: a skewed share per published initiative, each backer at most once per initiative.
  const weights = published.map(() => random() ** 2);
  const total = weights.reduce((a, b) => a + b, 0);
  const backingRows: (typeof backings.$inferInsert)[] = [];
  published.forEach((initiative, k) => {
    const count = Math.min(userIds.length, Math.round((weights[k]! / total) * n.backings));
    const offset = between(0, userIds.length - 1);
    const stride = 7919; // a prime: walks through all residents without repeating
    for (let j = 0; j < count && backingRows.length < n.backings; j++) {
      backingRows.push({
        initiativeId: initiative.id,
        userId: userIds[(offset + j * stride) % userIds.length]!,
        helpOffered: random() < 0.15,
        createdAt: new Date(Math.min(NOW, initiative.publishedAt + between(0, 120) * DAY)),
      });
    }
  });
  insertChunks(db, backingRows, (chunk) => db.insert(backings).values(chunk).run());
  insertChunks(db, published.filter(() => random() < 0.2), (chunk) =>
    db.insert(paperBackings).values(chunk.map((p) => ({ initiativeId: p.id, count: between(3, 40), registeredById: pick(staffIds), createdAt: new Date(p.publishedAt + DAY) }))).run(),
  );

  const seriesIds = db.insert(activitySeries).values([{ name: "BBQ-zomer 2025" }, { name: "BBQ-zomer 2026" }, { name: "Koffie-ochtenden" }]).returning({ id: activitySeries.id }).all().map((s) => s.id);
  const activityRows = Array.from({ length: n.activities }, (_, i) => {
    const startsAt = NOW + between(-700, 200) * DAY;
    return { title: `Activiteit ${i}`, wijkId: pick(wijkIds), address: "Buurthuis", startsAt: new Date(startsAt), endsAt: new Date(startsAt + 3 * 3_600_000), places: between(40, 120), maxPartySize: 6, signupDeadline: new Date(startsAt - DAY), seriesId: random() < 0.5 ? pick(seriesIds) : null, cancelledAt: random() < 0.03 ? new Date(startsAt - 2 * DAY) : null };
  });
  const activityIds: { id: number; startsAt: number }[] = [];
  insertChunks(db, activityRows, (chunk) => {
    const ids = db.insert(activities).values(chunk).returning({ id: activities.id, startsAt: activities.startsAt }).all();
    activityIds.push(...ids.map((a) => ({ id: a.id, startsAt: a.startsAt.getTime() })));
  });
  const signupRows = Array.from({ length: n.signups }, (_, i) => {
    const activity = activityIds[i % activityIds.length]!;
    const guest = random() < 0.3;
    const userId = guest ? null : userIds[(i * 104_729) % userIds.length]!;
    const past = activity.startsAt < NOW;
    const partySize = between(1, 6);
    return {
      activityId: activity.id,
      userId,
      name: "Deelnemer",
      email: guest ? `gast-${i}@voorbeeld.nl` : `${userId}@voorbeeld.nl`,
      partySize,
      status: random() < 0.05 ? ("geannuleerd" as const) : ("bevestigd" as const),
      checkedInAt: past && random() < 0.8 ? new Date(activity.startsAt) : null,
      createdAt: new Date(activity.startsAt - between(1, 30) * DAY),
    };
  });
  insertChunks(db, signupRows, (chunk) => db.insert(signups).values(chunk).run());
}

for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${out}${suffix}`, { force: true });
const started = performance.now();
const db = openDatabase(out);
db.transaction((tx) => generate(tx as unknown as Db));
db.$client.pragma("wal_checkpoint(TRUNCATE)");
db.$client.exec("ANALYZE");
db.$client.close();
console.log(`${out}: scale ${scale}, made in ${((performance.now() - started) / 1000).toFixed(1)} s`);
