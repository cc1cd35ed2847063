/**
 * A separate server process for the places-to-help concurrency test (see activities-worker.ts):
 * takes a place for every number in its job file, after both workers are ready.
 */
import { openDatabase } from "@/db/client";
import { AppError } from "@/lib/platform/errors";
import { takePlace } from "@/lib/meedoen/commands/take";
import { startWorker } from "./workers";

type Job = { placeId: number; phones: string[] };

const db = openDatabase(process.env.DATABASE_PATH!);
const { job, jitter } = startWorker<Job>();

const results = job.phones.map((phone) => {
  jitter();
  try {
    return { phone, takeId: takePlace(db, { placeId: job.placeId, user: null, name: "Buur", phone, baseUrl: "http://test.local" }).takeId };
  } catch (error) {
    if (error instanceof AppError && error.status === 409) return { phone, takeId: null };
    throw error;
  }
});
db.$client.close();
process.stdout.write(`${JSON.stringify(results)}\n`);
