/**
 * A separate server process for the survey concurrency test: each person (device, optional
 * account) answers the first question and sends, after both workers are ready. Reports, per
 * person, whether it was stored or refused. Imports only modules without `server-only`.
 */
import { openDatabase } from "@/db/client";
import { saveDraftAnswer, submitOnline } from "@/lib/surveys/commands/answer";
import { startWorker } from "./workers";

type Job = { surveyId: number; people: { device: string; userId: string | null }[] };

const db = openDatabase(process.env.DATABASE_PATH!);
const { job, jitter } = startWorker<Job>();

const results = job.people.map((who) => {
  jitter();
  try {
    saveDraftAnswer(db, { surveyId: job.surveyId, step: 1, posted: ["4"], who });
    submitOnline(db, { surveyId: job.surveyId, who, profile: {} });
    return "stored";
  } catch {
    return "refused";
  }
});
db.$client.close();
process.stdout.write(`${JSON.stringify(results)}\n`);
