import "server-only";
import { countDistinct, eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { projectPollMarks, projectPollOptions, projects } from "@/db/schema";
import { publicCount, type PeopleCount } from "@/lib/stats/present";
import type { ResultBar } from "@/lib/surveys/queries/results";
import { loadPoll, type Poll } from "../commands/poll";

export type { Poll };

export function getPoll(projectId: number, now = new Date()): Poll | null {
  return loadPoll(getDb(), projectId, now);
}

/** The exact counts: votes (people) and, per option, how many chose it. For the report's recount too. */
export function pollCounts(poll: Pick<Poll, "id" | "options">): { voters: number; perOption: Map<number, number> } {
  const db = getDb();
  // Votes are ballots: a deleted account's "has voted" marker goes, its vote stays counted.
  const voters = db.select({ n: countDistinct(projectPollMarks.ballotId) }).from(projectPollMarks).where(eq(projectPollMarks.pollId, poll.id)).get()?.n ?? 0;
  const rows = db
    .select({ optionId: projectPollMarks.optionId, n: countDistinct(projectPollMarks.ballotId) })
    .from(projectPollMarks)
    .where(eq(projectPollMarks.pollId, poll.id))
    .groupBy(projectPollMarks.optionId)
    .all();
  return { voters, perOption: new Map(rows.map((row) => [row.optionId, row.n])) };
}

export type PollResult = { question: { prompt: string }; answered: PeopleCount; bars: ResultBar[] };

/** Counts per option as people (publicCount: "<5", else rounded to 5), as bars. */
export function pollResult(poll: Poll): PollResult {
  const exact = pollCounts(poll);
  const shown = poll.options.map((option) => publicCount(exact.perOption.get(option.id) ?? 0));
  const widest = Math.max(1, ...shown.map((n) => (typeof n === "number" ? n : 0)));
  return {
    question: { prompt: poll.question },
    answered: publicCount(exact.voters),
    bars: poll.options.map((option, i) => ({ picture: "", label: option.label, count: shown[i]!, share: typeof shown[i] === "number" ? (shown[i] as number) / widest : 0 })),
  };
}

/** Whether a stored photo is a project's picture or a keuze option's: those are public, as projects are. */
export function isProjectPhoto(name: string): boolean {
  const db = getDb();
  return !!(
    db.select({ id: projects.id }).from(projects).where(eq(projects.image, name)).get() ??
    db.select({ id: projectPollOptions.id }).from(projectPollOptions).where(eq(projectPollOptions.photo, name)).get()
  );
}
