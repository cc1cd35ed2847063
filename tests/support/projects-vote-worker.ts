/**
 * A separate server process for the keuze concurrency test: each person (an account or a number)
 * votes, after both workers are ready; numbers go through a code by text message first. Reports,
 * per person, whether the vote was stored or refused. Imports only modules without `server-only`.
 */
import { eq } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { smsOutbox } from "@/db/schema";
import { requestVoteCode, voteWithAccount, voteWithCode } from "@/lib/projects/commands/vote";
import { startWorker } from "./workers";

type Job = { projectId: number; optionId: number; people: ({ userId: string } | { phone: string })[] };

const db = openDatabase(process.env.DATABASE_PATH!);
const { job, jitter } = startWorker<Job>();

const results = job.people.map((who, n) => {
  jitter();
  try {
    if ("userId" in who) {
      voteWithAccount(db, { userId: who.userId, projectId: job.projectId, optionIds: [job.optionId] });
    } else {
      const ip = `198.51.100.${n % 250}`;
      const { token } = requestVoteCode(db, { projectId: job.projectId, optionIds: [job.optionId], phone: who.phone, ip });
      // The other process may have texted the same number too: one of the number's codes is ours.
      const codes = db.select({ text: smsOutbox.text }).from(smsOutbox).where(eq(smsOutbox.to, who.phone)).all().map((sms) => /\(code (\d{6})\)/.exec(sms.text)![1]!);
      const ours = codes.find((code) => {
        try {
          voteWithCode(db, { projectId: job.projectId, token, code, optionIds: [job.optionId], ip });
          return true;
        } catch (error) {
          if (error instanceof Error && /klopt niet/.test(error.message)) return false;
          throw error;
        }
      });
      if (!ours) throw new Error("no code of ours");
    }
    return "stored";
  } catch (error) {
    return error instanceof Error && /al gekozen/.test(error.message) ? "refused" : `error: ${String(error)}`;
  }
});
db.$client.close();
process.stdout.write(`${JSON.stringify(results)}\n`);
