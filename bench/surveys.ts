import crypto from "node:crypto";
import Database from "better-sqlite3";
import { openDatabase } from "@/db/client";
import { saveDraftAnswer } from "@/lib/surveys/commands/answer";

const DAY = 86_400_000;
const COOKIE = "vragen-apparaat";

/**
 * An open one-question vragenlijst of a project in the bench database, and `devices` devices that
 * answered its question already (as the first POST of each does in the app): the load then sends
 * them, one POST per device, and each accepted POST is one response.
 */
export function prepareSurvey(file: string, devices: number): { surveyId: number; projectId: number; cookies: string[] } {
  const sqlite = new Database(file);
  const now = Date.now();
  const projectId = Number(sqlite.prepare("insert into projects (title, summary, created_at) values ('Meting: plein', 'Een vragenlijst voor de meting.', ?)").run(now).lastInsertRowid);
  sqlite.prepare("insert into project_wijken (project_id, wijk_id) select ?, id from wijken order by id limit 1").run(projectId);
  const day = (offset: number) => new Date(now + offset * DAY).toISOString().slice(0, 10);
  sqlite.prepare("insert into project_phases (project_id, phase, starts_on, ends_on, ask) values (?, 'meedenken', ?, ?, '')").run(projectId, day(-1), day(7));
  const surveyId = Number(
    sqlite.prepare("insert into surveys (owner_kind, owner_id, title, opens_at, closes_at, asks_profile, created_at) values ('project', ?, 'Meting: plein', ?, ?, 0, ?)").run(projectId, now - DAY, now + 7 * DAY, now).lastInsertRowid,
  );
  sqlite.prepare("insert into survey_questions (survey_id, position, kind, prompt, options) values (?, 1, 'smiley', 'Hoe vindt u het plein?', '[]')").run(surveyId);
  sqlite.close();
  const db = openDatabase(file);
  const cookies = Array.from({ length: devices }, () => crypto.randomBytes(24).toString("base64url"));
  for (const device of cookies) saveDraftAnswer(db, { surveyId, step: 1, posted: ["4"], who: { device, userId: null } });
  db.$client.close();
  return { surveyId, projectId, cookies: cookies.map((device) => `${COOKIE}=${device}`) };
}

/** Responses stored for the survey, and devices marked "answered" (the same number when none is lost or doubled). */
export function countAnswers(file: string, surveyId: number): { responses: number; answered: number } {
  const db = new Database(file, { readonly: true });
  const one = (query: string) => (db.prepare(query).get(surveyId) as { n: number }).n;
  // One snapshot for both counts: an answer committed between them would read as a device counted twice (or -1).
  const result = db.transaction(() => ({ responses: one("select count(*) as n from survey_responses where survey_id = ?"), answered: one("select count(*) as n from survey_answered where survey_id = ?") }))();
  db.close();
  return result;
}

/** An address of the range set aside for benchmarks (198.18.0.0/15) per answer: one phone's network each. */
export const networkOf = (n: number) => `198.${18 + ((n >> 16) & 1)}.${(n >> 8) & 255}.${n & 255}`;
