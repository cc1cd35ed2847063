/**
 * A separate server process for the concurrency test, started with tsx. It signs up (or cancels)
 * everything in its job file, after both workers said "ready" and the test created the start file.
 * Between requests it pauses 0–2 ms, as a server does between requests; without any pause one
 * process would hold the write lock back to back and the other would only wait (no real race).
 * Imports only modules without `server-only`.
 */
import { openDatabase } from "@/db/client";
import { cancelSignupByToken, signUp } from "@/lib/activities/commands/signups";
import { startWorker } from "./workers";

type Job =
  | { mode: "signup"; activityId: number; people: { email: string; partySize: number }[] }
  | { mode: "cancel"; tokens: string[] };

const db = openDatabase(process.env.DATABASE_PATH!);
const { job, jitter } = startWorker<Job>();

const baseUrl = "http://test.local";
const results =
  job.mode === "signup"
    ? job.people.map((p) => {
        jitter();
        const outcome = signUp(db, {
          activityId: job.activityId,
          userId: null,
          name: "Buur",
          email: p.email,
          phone: "",
          notes: "",
          partySize: p.partySize,
          consent: "ja",
          baseUrl,
        });
        return { email: p.email, signupId: outcome.signupId, status: outcome.status, token: outcome.cancelToken };
      })
    : job.tokens.map((token) => {
        jitter();
        return cancelSignupByToken(db, { token, baseUrl });
      });
db.$client.close();
process.stdout.write(`${JSON.stringify(results)}\n`);
