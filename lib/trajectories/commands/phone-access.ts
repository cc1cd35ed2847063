import crypto from "node:crypto";
import { and, desc, eq, isNull, lte, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { trajectories, trajectoryCodes } from "@/db/schema";
import { textsPerNumberRule } from "@/lib/activities/rate-limits";
import { AppError, FieldRefusal } from "@/lib/platform/errors";
import { limitFromEnv } from "@/lib/platform/rate-limit/hourly";
import { consumeRateLimitIn, HOUR } from "@/lib/platform/rate-limit/limiter";
import { limitNetwork } from "@/lib/platform/security/client-address";
import { checkPhoneCode, keyedHash, newPhoneCode, phoneCodeTokenHash } from "@/lib/platform/security/phone-code";
import { enqueueSms } from "@/lib/platform/sms/outbox";
import { codeSms } from "../mails";
import { removeTrajectories } from "./retention";
import { localDay } from "@/lib/platform/time";

// A client without an account opens their trajectory (/mijn-traject) with their mobile number and
// a code by text message. Until the code is right nothing tells whether the number has a
// trajectory: every number gets the same answer, and only a known one gets a text message.

export const TRAJECTORY_CODE_MINUTES = 10;
export const TRAJECTORY_CODE_TRIES = 5;
/** How long the page stays open after the right code. */
export const TRAJECTORY_SESSION_MINUTES = 30;
export const CODE_SENT = "Wij hebben een code gestuurd als dit nummer bij ons bekend is.";
export const CODE_REFUSED = "Deze code klopt niet of werkt niet meer. Kijk de code in de nieuwste sms na, of vraag een nieuwe code.";

const PURPOSE = "trajectory";

const askRules = (phone: string, ip: string) => [
  { bucket: `trajectory-code-ask-ip:${limitNetwork(ip)}`, limit: limitFromEnv("TRAJECTORY_CODE_LIMIT_PER_IP", 20), windowMs: HOUR },
  textsPerNumberRule(phone),
];
const tryRules = (ip: string) => [{ bucket: `trajectory-code-try-ip:${limitNetwork(ip)}`, limit: limitFromEnv("TRAJECTORY_CODE_TRIES_PER_IP", 30), windowMs: HOUR }];

/** The newest trajectory of a client without an account with this number (E.164), if any. */
function phoneTrajectoryId(db: Pick<Db, "select">, phone: string): number | undefined {
  return db
    .select({ id: trajectories.id })
    .from(trajectories)
    .where(and(eq(trajectories.clientPhone, phone), isNull(trajectories.clientId)))
    .orderBy(desc(isNull(trajectories.endedOn)), desc(trajectories.id))
    .get()?.id;
}

/**
 * Returns a token for the cookie, for every number alike; only a number with a trajectory gets a
 * code by text message. The limits count for every number, known or not.
 */
export function requestTrajectoryCode(db: Db, input: { phone: string; ip: string; now?: Date }): { token: string } {
  const now = input.now ?? new Date();
  return db.transaction(
    (tx) => {
      if (!consumeRateLimitIn(tx, askRules(input.phone, input.ip), now)) throw new AppError("rate_limited", "Er zijn te veel codes gevraagd. Probeer het morgen opnieuw.");
      const { token, code, tokenHash, stored } = newPhoneCode(PURPOSE, now, TRAJECTORY_CODE_MINUTES);
      const trajectoryId = phoneTrajectoryId(tx, input.phone);
      if (trajectoryId !== undefined) {
        tx.insert(trajectoryCodes).values({ tokenHash, trajectoryId, ...stored }).run();
        enqueueSms(tx, codeSms(input.phone, code, TRAJECTORY_CODE_MINUTES));
      }
      return { token };
    },
    { behavior: "immediate" },
  );
}

/**
 * The code typed for the token in the cookie: the trajectory's id when right (the code is used up).
 * Every failure gets the same answer; a wrong code counts on the code (the fifth kills it) and
 * every try counts on the connection.
 */
export function redeemTrajectoryCode(db: Db, input: { token: string; code: string; ip: string; now?: Date }): number {
  const now = input.now ?? new Date();
  const outcome = db.transaction(
    (tx) => {
      if (!consumeRateLimitIn(tx, tryRules(input.ip), now)) throw new AppError("rate_limited");
      const tokenHash = phoneCodeTokenHash(PURPOSE, input.token);
      const row = tx.select().from(trajectoryCodes).where(eq(trajectoryCodes.tokenHash, tokenHash)).get();
      const checked = checkPhoneCode(PURPOSE, { row, tokenHash, code: input.code, now, tries: TRAJECTORY_CODE_TRIES });
      if (checked === "wrong") tx.update(trajectoryCodes).set({ wrongTries: sql`${trajectoryCodes.wrongTries} + 1` }).where(eq(trajectoryCodes.tokenHash, tokenHash)).run();
      if (checked !== "ok") return null;
      tx.delete(trajectoryCodes).where(eq(trajectoryCodes.tokenHash, tokenHash)).run();
      return row!.trajectoryId;
    },
    { behavior: "immediate" },
  );
  // Thrown after the commit, so the wrong try stays counted.
  if (outcome === null) throw new FieldRefusal("code", CODE_REFUSED);
  return outcome;
}

const signature = (trajectoryId: number, expires: number, phone: string) => keyedHash("trajectory-session", trajectoryId, expires, keyedHash("trajectory-phone", phone));

/** The cookie value after the right code: the trajectory, until when, signed with (a hash of) its number. */
export function phoneSessionValue(db: Db, trajectoryId: number, now = new Date()): string {
  const phone = db.select({ phone: trajectories.clientPhone }).from(trajectories).where(eq(trajectories.id, trajectoryId)).get()?.phone;
  if (!phone) throw new AppError("not_found");
  const expires = now.getTime() + TRAJECTORY_SESSION_MINUTES * 60_000;
  return `${trajectoryId}.${expires}.${signature(trajectoryId, expires, phone)}`;
}

/**
 * The trajectory a cookie opens: only while it lasts, only a trajectory without an account, and
 * only while that trajectory still has the number the code went to.
 */
export function phoneSessionTrajectory(db: Db, value: string | undefined, now = new Date()): number | null {
  const match = /^(\d{1,12})\.(\d{13})\.([0-9a-f]{64})$/.exec(value ?? "");
  if (!match) return null;
  const [trajectoryId, expires] = [Number(match[1]), Number(match[2])];
  if (expires <= now.getTime()) return null;
  const phone = db.select({ phone: trajectories.clientPhone }).from(trajectories).where(and(eq(trajectories.id, trajectoryId), isNull(trajectories.clientId))).get()?.phone;
  if (!phone) return null;
  const expected = Buffer.from(signature(trajectoryId, expires, phone), "hex");
  return crypto.timingSafeEqual(expected, Buffer.from(match[3]!, "hex")) ? trajectoryId : null;
}

/**
 * "Verwijder mijn traject": the client without an account ends the trajectory and its details go,
 * with the number; as with a deleted account, one anonymous count stays.
 */
export function removeOwnPhoneTrajectory(db: Db, input: { trajectoryId: number; now?: Date }): void {
  const now = input.now ?? new Date();
  db.transaction(
    (tx) => {
      const row = tx.select({ endedOn: trajectories.endedOn }).from(trajectories).where(and(eq(trajectories.id, input.trajectoryId), isNull(trajectories.clientId))).get();
      if (!row) throw new AppError("not_found", "Dit traject bestaat niet (meer).");
      if (!row.endedOn) tx.update(trajectories).set({ endedOn: localDay(now), outcome: "gestopt" }).where(eq(trajectories.id, input.trajectoryId)).run();
      removeTrajectories(tx, [input.trajectoryId]);
    },
    { behavior: "immediate" },
  );
}

/** Codes past their time (with the nightly retention). */
export function removeExpiredTrajectoryCodes(db: Db, now: Date): number {
  return db.delete(trajectoryCodes).where(lte(trajectoryCodes.expiresAt, now)).run().changes;
}
