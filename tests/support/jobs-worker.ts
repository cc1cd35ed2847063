/**
 * A second (and third) server process for the exactly-once test: after the start file appears it
 * runs the scheduler and, at the same time, the mail delivery a request would start.
 * Imports only modules without `server-only`.
 */
import fs from "node:fs";
import { closeDb, getDb } from "@/db/client";
import { runScheduler } from "@/lib/platform/jobs/scheduler";
import { mailPendingNotifications } from "@/lib/notifications/commands/deliver";

const [startFile, at] = process.argv.slice(2) as [string, string];
const pause = new Int32Array(new SharedArrayBuffer(4));
const db = getDb();
process.stdout.write("ready\n");
while (!fs.existsSync(startFile)) Atomics.wait(pause, 0, 0, 1);

const clock = () => new Date(at);
const [report] = await Promise.all([runScheduler(db, { worker: `worker-${process.pid}`, clock }), mailPendingNotifications(db)]);
closeDb();
process.stdout.write(`${JSON.stringify(report)}\n`);
