import { and, asc, count, eq } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { projectPhases, projectPollMarks, projectPollOptions, projectPolls, projects } from "@/db/schema";
import { recordAudit } from "@/lib/platform/audit/record";
import { AppError, FieldRefusal } from "@/lib/platform/errors";
import { POLL_OPTIONS_MAX } from "../fields";
import { pollStand, type PollStand } from "../phases";
import { assertRunsProject, type Actor } from "./access";
import { localDay } from "@/lib/platform/time";

// The keuze of the kiezen phase, written by the project's team (or the beheerder).

export type PollOption = { id: number; label: string; photo: string | null };
export type Poll = { id: number; projectId: number; question: string; maxChoices: number; options: PollOption[]; stand: PollStand };

/** The project's keuze with its options and where it stands today, or null. */
export function loadPoll(tx: DbOrTx, projectId: number, now = new Date()): Poll | null {
  const poll = tx.select().from(projectPolls).where(eq(projectPolls.projectId, projectId)).get();
  if (!poll) return null;
  const options = tx
    .select({ id: projectPollOptions.id, label: projectPollOptions.label, photo: projectPollOptions.photo })
    .from(projectPollOptions)
    .where(eq(projectPollOptions.pollId, poll.id))
    .orderBy(asc(projectPollOptions.id))
    .all();
  const phases = tx.select().from(projectPhases).where(eq(projectPhases.projectId, projectId)).all();
  return { id: poll.id, projectId, question: poll.question, maxChoices: poll.maxChoices, options, stand: pollStand(phases, localDay(now)) };
}

const hasVotes = (tx: DbOrTx, pollId: number) => (tx.select({ n: count() }).from(projectPollMarks).where(eq(projectPollMarks.pollId, pollId)).get()?.n ?? 0) > 0;

const LOCKED = "Er is al gekozen. De keuze verandert nu niet meer, anders tellen de stemmen niet eerlijk.";

/** Sets the question and how many options one may choose; needs a kiezen phase, and no vote yet. */
export function savePoll(db: Db, input: { actor: Actor; projectId: number; question: string; maxChoices: number }): number {
  return db.transaction(
    (tx) => {
      assertRunsProject(tx, input.actor, input.projectId);
      const phases = tx.select().from(projectPhases).where(eq(projectPhases.projectId, input.projectId)).all();
      if (!phases.some((phase) => phase.phase === "kiezen")) throw new FieldRefusal("question", "Een keuze hoort bij de fase Kiezen. Geef het project eerst die fase met datums.");
      const existing = loadPoll(tx, input.projectId);
      if (existing && hasVotes(tx, existing.id)) throw new AppError("conflict", LOCKED);
      const values = { question: input.question, maxChoices: input.maxChoices };
      const id = existing
        ? (tx.update(projectPolls).set(values).where(eq(projectPolls.id, existing.id)).run(), existing.id)
        : tx.insert(projectPolls).values({ projectId: input.projectId, ...values }).returning({ id: projectPolls.id }).get().id;
      recordAudit(tx, { actorId: input.actor.id, action: "project.poll_saved", targetType: "project", targetId: input.projectId, details: { pollId: id, maxChoices: input.maxChoices } });
      return id;
    },
    { behavior: "immediate" },
  );
}

/** Adds an option with its stored photo; before any vote, at most POLL_OPTIONS_MAX. */
export function addPollOption(db: Db, input: { actor: Actor; projectId: number; label: string; photo: string }): number {
  return db.transaction(
    (tx) => {
      assertRunsProject(tx, input.actor, input.projectId);
      const poll = loadPoll(tx, input.projectId);
      if (!poll) throw new FieldRefusal("label", "Schrijf eerst de vraag van de keuze.");
      if (hasVotes(tx, poll.id)) throw new AppError("conflict", LOCKED);
      if (poll.options.length >= POLL_OPTIONS_MAX) throw new FieldRefusal("label", `Een keuze heeft hoogstens ${POLL_OPTIONS_MAX} mogelijkheden.`);
      const { id } = tx.insert(projectPollOptions).values({ pollId: poll.id, label: input.label, photo: input.photo }).returning({ id: projectPollOptions.id }).get();
      recordAudit(tx, { actorId: input.actor.id, action: "project.poll_option_added", targetType: "project", targetId: input.projectId, details: { optionId: id, label: input.label } });
      return id;
    },
    { behavior: "immediate" },
  );
}

/** Removes an option before any vote; returns its photo for the caller to delete after the commit. */
export function removePollOption(db: Db, input: { actor: Actor; projectId: number; optionId: number }): string | null {
  return db.transaction(
    (tx) => {
      assertRunsProject(tx, input.actor, input.projectId);
      const poll = loadPoll(tx, input.projectId);
      const option = poll?.options.find((o) => o.id === input.optionId);
      if (!poll || !option) throw new AppError("not_found", "Deze mogelijkheid bestaat niet (meer).");
      if (hasVotes(tx, poll.id)) throw new AppError("conflict", LOCKED);
      tx.delete(projectPollOptions).where(and(eq(projectPollOptions.id, option.id), eq(projectPollOptions.pollId, poll.id))).run();
      recordAudit(tx, { actorId: input.actor.id, action: "project.poll_option_removed", targetType: "project", targetId: input.projectId, details: { optionId: option.id } });
      return option.photo;
    },
    { behavior: "immediate" },
  );
}

/** The project's picture and its alt text; returns the old picture for the caller to delete. */
export function setProjectImage(db: Db, input: { actor: Actor; projectId: number; image: string; imageAlt: string }): string | null {
  return db.transaction(
    (tx) => {
      assertRunsProject(tx, input.actor, input.projectId);
      const old = tx.select({ image: projects.image }).from(projects).where(eq(projects.id, input.projectId)).get()!.image;
      tx.update(projects).set({ image: input.image, imageAlt: input.imageAlt }).where(eq(projects.id, input.projectId)).run();
      recordAudit(tx, { actorId: input.actor.id, action: "project.image_set", targetType: "project", targetId: input.projectId });
      return old;
    },
    { behavior: "immediate" },
  );
}
