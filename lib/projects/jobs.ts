import { every, type RecurringJob } from "@/lib/platform/jobs/recurring";
import { removeExpiredContacts } from "./commands/contacts";
import { announcePhases } from "./commands/phase-news";
import { removeExpiredVoteCodes } from "./commands/vote";

/** What the projects hand the scheduler. */
export const PROJECT_JOBS: readonly RecurringJob[] = [
  // A code to vote works 15 minutes; its row (hashes only) goes within the hour after.
  { kind: "vote-codes", slot: every(60), run: ({ db, now }) => removeExpiredVoteCodes(db, now) },
  // A project that entered a new phase tells its followers once (within the hour after midnight).
  { kind: "project-phase-news", slot: every(60), run: ({ db, now }) => announcePhases(db, now) },
  // Ways to reach someone without an account go CONTACT_RETENTION_MONTHS after terugkoppelen ends.
  { kind: "project-contacts-retention", slot: every(60), run: ({ db, now }) => removeExpiredContacts(db, now) },
];
