import crypto from "node:crypto";
import Database from "better-sqlite3";
import { load, type LoadResult } from "./load";
import { formFields } from "./writes";

export const FOLLOWERS = 10_000;

export type FanoutResult = {
  followers: number;
  page: string;
  quiet: LoadResult;
  duringFanout: LoadResult;
  /** p95 during the fan-out divided by p95 without it; the target is at most 1.2. */
  p95Ratio: number;
  /** Mails written from the update's POST until all were out, or until the wait ended. */
  mailed: number;
  seconds: number;
  mailedDuringLoad: number;
};

/** 10,000 residents of the session pool follow the idea, each wanting every update at once. */
function addFollowers(file: string, initiativeId: number): string {
  const db = new Database(file);
  const initiator = db.prepare("select initiator_id from initiatives where id = ?").pluck().get(initiativeId) as string;
  db.transaction(() => {
    const follow = db.prepare("insert or ignore into follows (user_id, initiative_id, created_at) values (?, ?, ?)");
    for (let i = 0; i < FOLLOWERS; i++) follow.run(`bench-pool-${i}`, initiativeId, Date.now());
    db.prepare("update users set follow_mails = 'direct' where id like 'bench-pool-%'").run();
  })();
  const token = crypto.randomBytes(24).toString("hex");
  db.prepare("insert into sessions (session_token, user_id, expires) values (?, ?, ?)").run(token, initiator, Date.now() + 86_400_000);
  db.close();
  return `authjs.session-token=${token}`;
}

const mailedCount = (file: string) => {
  const db = new Database(file, { readonly: true });
  const n = db.prepare("select count(*) from notifications where kind = 'update' and mailed_at is not null").pluck().get() as number;
  db.close();
  return n;
};

/**
 * Public-page p95 without and during the delivery of one progress update to 10,000 followers:
 * the initiator posts it as the browser does (without JavaScript); the server writes the
 * notifications in one transaction and mails them in batches after the answer.
 */
export async function measureFanout(base: string, file: string, initiativeId: number, options: { connections: number; duration: number }): Promise<FanoutResult> {
  const initiator = addFollowers(file, initiativeId);
  const page = `/initiatieven/${initiativeId}`;
  const quiet = await load({ url: `${base}${page}` }, options);
  const fields = await formFields(base, page, /Nieuws plaatsen/, initiator);
  const form = new FormData();
  for (const [name, value] of fields) form.append(name, value);
  form.append("body", "Meting: nieuws voor alle volgers.");
  const started = Date.now();
  const during = load({ url: `${base}${page}` }, options);
  const answer = await fetch(`${base}${page}`, { method: "POST", body: form, headers: { cookie: initiator, origin: base } });
  if (answer.status >= 400) throw new Error(`The update was refused: ${answer.status}`);
  const duringFanout = await during;
  const mailedDuringLoad = mailedCount(file);
  while (mailedCount(file) < FOLLOWERS && Date.now() - started < 300_000) await new Promise((resolve) => setTimeout(resolve, 250));
  return {
    followers: FOLLOWERS,
    page,
    quiet,
    duringFanout,
    p95Ratio: Math.round((duringFanout.p95 / Math.max(1, quiet.p95)) * 100) / 100,
    mailed: mailedCount(file),
    seconds: (Date.now() - started) / 1000,
    mailedDuringLoad,
  };
}
