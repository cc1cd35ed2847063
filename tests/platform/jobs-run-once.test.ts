import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { follows, mailOutbox, users } from "@/db/schema";
import { postUpdate } from "@/lib/updates/commands/updates";
import { createInitiative, createUser } from "../support/factories";

const TSX = path.resolve("node_modules/.bin/tsx");
const WORKER = path.resolve("tests/support/jobs-worker.ts");
const AT_ONCE = 300;
const WEEKLY = 60;
// Just after the Monday digest moment (08:00 Dutch time), so every recurring job is due.
const NOW = "2026-11-23T07:05:00.000Z";

/** Starts `count` scheduler processes, releases them at the same moment, and waits for all. */
async function racingSchedulers(count: number): Promise<unknown[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bmh-jobs-"));
  const startFile = path.join(dir, "start");
  let ready = 0;
  let release!: () => void;
  const allReady = new Promise<void>((resolve) => (release = resolve));
  const done = Array.from({ length: count }, () => {
    const child = spawn(TSX, [WORKER, startFile, NOW], { env: process.env, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      if (!out.includes("ready") && (out + chunk.toString()).includes("ready") && ++ready === count) release();
      out += chunk.toString();
    });
    return new Promise<unknown>((resolve, reject) => child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(out.split("\n")[1]!)) : reject(new Error(`worker exit ${code}`)))));
  });
  await allReady;
  fs.writeFileSync(startFile, "go");
  try {
    return await Promise.all(done);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe("two server processes running the scheduler at the same time", () => {
  it("mail every notification exactly once, at once and in the digest, and run each job once", async () => {
    const db = getDb();
    const initiator = createUser("bewoner", "Ini");
    const id = createInitiative(initiator);
    const followers = Array.from({ length: AT_ONCE + WEEKLY }, (_, n) => createUser("bewoner", `Volger ${n}`));
    db.transaction((tx) => {
      for (const userId of followers) tx.insert(follows).values({ userId, initiativeId: id }).run();
    });
    db.$client.prepare(`update users set follow_mails = 'direct' where id in (${followers.slice(0, AT_ONCE).map(() => "?").join(",")})`).run(...followers.slice(0, AT_ONCE));
    postUpdate(db, { userId: initiator, initiativeId: id, body: "Het begint!", photos: [] });

    const reports = await racingSchedulers(3);
    expect(reports).toHaveLength(3);

    const mails = db.select({ to: mailOutbox.to, subject: mailOutbox.subject }).from(mailOutbox).all();
    const addresses = new Map(db.select({ id: users.id, email: users.email }).from(users).all().map((u) => [u.id, u.email.toLowerCase()]));
    const perAddress = new Map<string, number>();
    for (const mail of mails) perAddress.set(mail.to, (perAddress.get(mail.to) ?? 0) + 1);
    for (const userId of followers) expect(perAddress.get(addresses.get(userId)!), userId).toBe(1);
    expect(mails.filter((m) => m.subject.startsWith("Nieuws van deze week")).length).toBe(WEEKLY);
    // Every recurring job of this moment ran once, by one of the processes.
    const ran = db.$client.prepare("select kind, count(*) as n, count(done_at) as done from jobs group by kind").all() as { kind: string; n: number; done: number }[];
    expect(ran.every((row) => row.n === 1 && row.done === 1)).toBe(true);
    expect(db.$client.prepare("select count(*) from notifications where mailed_at is null").pluck().get()).toBe(0);
  });
});
