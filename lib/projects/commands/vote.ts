import crypto from "node:crypto";
import { and, eq, inArray, lte, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { projectPollCodes, projectPollMarks, projectPolls, projectPollVoters } from "@/db/schema";
import { textsPerNumberRule } from "@/lib/activities/rate-limits";
import { AppError, FieldRefusal } from "@/lib/platform/errors";
import { consumeRateLimitIn, HOUR } from "@/lib/platform/rate-limit/limiter";
import { limitFromEnv } from "@/lib/platform/rate-limit/hourly";
import { limitNetwork } from "@/lib/platform/security/client-address";
import { checkPhoneCode, keyedHash, newPhoneCode, phoneCodeTokenHash } from "@/lib/platform/security/phone-code";
import { enqueueSms } from "@/lib/platform/sms/outbox";
import { loadPoll, type Poll } from "./poll";

// Voting in a keuze: one vote per person, a person being an account or a mobile number confirmed
// with a code by text message. Neither the account nor the number is stored: only a keyed hash
// per poll (project_poll_voters), apart from the choice (project_poll_marks, under a random id).

/** After this many wrong codes a code stops working; the person asks a new one. */
export const VOTE_CODE_TRIES = 5;
export const VOTE_CODE_MINUTES = 15;

export const ALREADY_VOTED = "U heeft al gekozen. Iedereen kiest één keer. Dank u wel voor uw keuze!";
export const WRONG_VOTE_CODE = "Deze code klopt niet. Kijk de code in de nieuwste sms na, of vraag een nieuwe code.";

/** The person as this poll knows them: a keyed hash of the account or of the number (E.164). */
export const voterHash = (pollId: number, who: { userId: string } | { phone: string }) =>
  keyedHash("poll-voter", pollId, "userId" in who ? `account:${who.userId}` : `phone:${who.phone}`);

const PURPOSE = "poll";

/** The open keuze and the chosen options, checked: known options, at least one, at most maxChoices. */
export function openPollChoice(tx: DbOrTx, projectId: number, optionIds: number[], now: Date): Poll {
  const poll = loadPoll(tx, projectId, now);
  if (!poll || poll.options.length === 0) throw new AppError("not_found", "Dit project heeft geen keuze.");
  if (poll.stand !== "open") throw new AppError("conflict", poll.stand === "komt" ? "Kiezen kan nog niet. Kijk op de pagina van het project wanneer het kan." : "Kiezen kan niet meer. De uitslag staat op de pagina van het project.");
  const chosen = [...new Set(optionIds)];
  if (chosen.length === 0) throw new FieldRefusal("option", poll.maxChoices === 1 ? "Kies een van de mogelijkheden." : "Kies minstens één mogelijkheid.");
  if (chosen.length > poll.maxChoices) throw new FieldRefusal("option", `Kies hoogstens ${poll.maxChoices} mogelijkheden.`);
  if (!chosen.every((id) => poll.options.some((option) => option.id === id))) throw new FieldRefusal("option", "Kies uit de mogelijkheden hieronder.");
  return poll;
}

/**
 * Stores one vote inside the caller's transaction. The primary key of project_poll_voters is what
 * makes it one per person, also when two requests come at the same moment: the second insert
 * changes nothing and the vote is refused.
 */
function castVote(tx: DbOrTx, poll: Poll, voter: string, optionIds: number[]): void {
  const added = tx.insert(projectPollVoters).values({ pollId: poll.id, voterHash: voter }).onConflictDoNothing().run();
  if (added.changes !== 1) throw new AppError("conflict", ALREADY_VOTED);
  const ballotId = crypto.randomInt(1, 2 ** 47);
  tx.insert(projectPollMarks).values([...new Set(optionIds)].map((optionId) => ({ ballotId, pollId: poll.id, optionId }))).run();
}

/** A signed-in resident votes with their account. */
export function voteWithAccount(db: Db, input: { userId: string; projectId: number; optionIds: number[]; now?: Date }): void {
  const now = input.now ?? new Date();
  db.transaction(
    (tx) => {
      const poll = openPollChoice(tx, input.projectId, input.optionIds, now);
      castVote(tx, poll, voterHash(poll.id, { userId: input.userId }), input.optionIds);
    },
    { behavior: "immediate" },
  );
}

/** Codes asked per network per hour, and texts per number a day (the sign-up's rule). */
const codeRequestRules = (phone: string, ip: string) => [
  { bucket: `vote-code-ask-ip:${limitNetwork(ip)}`, limit: limitFromEnv("VOTE_CODE_LIMIT_PER_IP", 30), windowMs: HOUR },
  textsPerNumberRule(phone),
];
const codeTryRule = (ip: string) => [{ bucket: `vote-code-try-ip:${limitNetwork(ip)}`, limit: limitFromEnv("VOTE_CODE_TRIES_PER_IP", 60), windowMs: HOUR }];

/**
 * Sends a six-digit code to the number and returns the random token that finds it again (the
 * caller keeps it in a cookie). Whether this number already voted is not told here: only after the
 * right code, so nobody learns it of someone else's number.
 */
export function requestVoteCode(db: Db, input: { projectId: number; optionIds: number[]; phone: string; ip: string; now?: Date }): { token: string } {
  const now = input.now ?? new Date();
  return db.transaction(
    (tx) => {
      const poll = openPollChoice(tx, input.projectId, input.optionIds, now);
      if (!consumeRateLimitIn(tx, codeRequestRules(input.phone, input.ip), now)) throw new AppError("rate_limited", "Er zijn te veel codes gevraagd. Probeer het morgen opnieuw, of log in om te kiezen.");
      const { token, code, tokenHash, stored } = newPhoneCode(PURPOSE, now, VOTE_CODE_MINUTES);
      tx.insert(projectPollCodes).values({ tokenHash, pollId: poll.id, voterHash: voterHash(poll.id, { phone: input.phone }), ...stored }).run();
      enqueueSms(tx, { to: input.phone, text: `Burgers maken Hrl-Nrd: typ deze code om mee te kiezen (code ${code}). De code werkt ${VOTE_CODE_MINUTES} minuten. Niets gevraagd? Vergeet deze sms dan.` });
      return { token };
    },
    { behavior: "immediate" },
  );
}

/**
 * Votes with the code from the text message. A wrong code counts on the code (the fifth kills it)
 * and every try on the connection; the right one is used up, and the number's vote is stored.
 */
export function voteWithCode(db: Db, input: { projectId: number; token: string; code: string; optionIds: number[]; ip: string; now?: Date }): void {
  const now = input.now ?? new Date();
  const outcome = db.transaction(
    (tx): "ok" | "wrong" => {
      if (!consumeRateLimitIn(tx, codeTryRule(input.ip), now)) throw new AppError("rate_limited");
      const poll = openPollChoice(tx, input.projectId, input.optionIds, now);
      const hashed = phoneCodeTokenHash(PURPOSE, input.token);
      const row = tx.select().from(projectPollCodes).where(and(eq(projectPollCodes.tokenHash, hashed), eq(projectPollCodes.pollId, poll.id))).get();
      const checked = checkPhoneCode(PURPOSE, { row, tokenHash: hashed, code: input.code, now, tries: VOTE_CODE_TRIES });
      if (checked === "dead") throw new AppError("not_found", "Deze code werkt niet meer. Vraag een nieuwe code.");
      if (checked === "wrong") {
        tx.update(projectPollCodes).set({ wrongTries: sql`${projectPollCodes.wrongTries} + 1` }).where(eq(projectPollCodes.tokenHash, hashed)).run();
        return "wrong";
      }
      tx.delete(projectPollCodes).where(eq(projectPollCodes.tokenHash, hashed)).run();
      castVote(tx, poll, row!.voterHash, input.optionIds);
      return "ok";
    },
    { behavior: "immediate" },
  );
  // Thrown after the commit, so the wrong try stays counted.
  if (outcome === "wrong") throw new FieldRefusal("code", WRONG_VOTE_CODE);
}

/** The hourly clean-up: codes past their time. */
export function removeExpiredVoteCodes(db: Db, now = new Date()): number {
  return db.delete(projectPollCodes).where(lte(projectPollCodes.expiresAt, now)).run().changes;
}

/** The markers "this account voted" of one account, in every keuze: found by the same keyed hash. */
function accountMarkers(tx: DbOrTx, userId: string) {
  const hashes = new Map(tx.select({ id: projectPolls.id, projectId: projectPolls.projectId }).from(projectPolls).all().map((poll) => [voterHash(poll.id, { userId }), poll.projectId]));
  return { hashes, where: inArray(projectPollVoters.voterHash, hashes.size ? [...hashes.keys()] : [""]) };
}

/** The projects in whose keuze this account voted (for the data download); what it chose is stored apart and not found. */
export function projectsVotedIn(tx: DbOrTx, userId: string): number[] {
  const { hashes, where } = accountMarkers(tx, userId);
  return tx.select({ voterHash: projectPollVoters.voterHash }).from(projectPollVoters).where(where).all().map((row) => hashes.get(row.voterHash)!);
}

/** A deleted account: its "has voted" markers go; its votes stay counted (they name no one). */
export function forgetVotesOf(tx: DbOrTx, userId: string): void {
  tx.delete(projectPollVoters).where(accountMarkers(tx, userId).where).run();
}
