/**
 * Child process for the fund concurrency test: decides grants from one fund through its own
 * connection, after every worker said "ready" and the test created the start file. Prints how
 * many grants it got through and how many were refused at the amount field.
 */
import { openDatabase } from "@/db/client";
import { FieldRefusal } from "@/lib/platform/errors";
import { decideMoney } from "@/lib/funds/commands/decisions";
import { startWorker } from "./workers";

type Job = { fundId: number; initiativeIds: number[]; amount: number; actorId: string; now: string };

const db = openDatabase(process.env.DATABASE_PATH!);
const { job, jitter } = startWorker<Job>();

let granted = 0;
let refused = 0;
for (const initiativeId of job.initiativeIds) {
  jitter();
  try {
    decideMoney(db, {
      decision: "grant",
      initiativeId,
      fundId: job.fundId,
      amount: job.amount,
      contactName: "Gemeente",
      contactEmail: "contact@heerlen.nl",
      actorId: job.actorId,
      now: new Date(job.now),
    });
    granted++;
  } catch (error) {
    if (!(error instanceof FieldRefusal) || error.field !== "amount") throw error;
    refused++;
  }
}
db.$client.close();
process.stdout.write(`${JSON.stringify({ granted, refused })}\n`);
