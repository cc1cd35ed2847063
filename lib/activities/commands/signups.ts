import { and, eq, isNull, ne, or } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import type { SignupStatus } from "@/db/enums";
import { activities, signups } from "@/db/schema";
import { hourlyLimitRules } from "@/lib/platform/rate-limit/hourly";
import { consumeRateLimitIn } from "@/lib/platform/rate-limit/limiter";
import { repeatSignupRules, SIGNUP_LIMIT, textsPerNumberRule } from "../rate-limits";
import { AppError, FieldRefusal } from "@/lib/platform/errors";
import { formatDate } from "@/lib/platform/format";
import { enqueueSms } from "@/lib/platform/sms/outbox";
import { env } from "@/lib/platform/env";
import { readMobile, smsCountriesOf } from "@/lib/platform/sms/phone";
import { newCancelProof, tell, texted, type Contact } from "../contact";
import { ownedBy } from "../ownership";
import { alreadySignedUpMail, placeMail, signupCancelledMail, waitingListMail } from "../mails";
import { loadActivity, placesTaken, promoteWaiting, waitingPosition, type LockedActivity } from "./places";
import { CANCEL_CODE_TRIES, type SignupData } from "../schema";
import { alreadySignedUpNoCodeSms, alreadySignedUpSms, placeSms, signupCancelledSms, waitingListSms } from "../sms";
import { hashCancelToken } from "../tokens";

export type SignupOutcome = {
  signupId: number;
  status: SignupStatus;
  partySize: number;
  /** Place in the waiting list, for a waiting sign-up. */
  position: number | null;
  /** True when this address or number had already signed up (here or for another date of the series): nothing new was written. */
  existing: boolean;
  /** Only in the message in real use; returned for scripts and tests that cancel like a resident. */
  cancelToken: string | null;
  /** The cancel code of the text message, for a sign-up that was texted; as the token, for tests. */
  cancelCode: string | null;
};

export const TEXTS_USED_UP = "Naar dit nummer sturen wij vandaag geen sms meer. Vul een e-mailadres in, of probeer het morgen opnieuw.";

function assertOpenForSignup(activity: LockedActivity, now: Date): void {
  if (activity.cancelled) throw new AppError("conflict", "Deze activiteit gaat niet door. Aanmelden kan niet.");
  if (!activity.shown) throw new AppError("not_found", "Deze activiteit bestaat niet (meer).");
  if (activity.startsAt <= now) throw new AppError("conflict", "Deze activiteit is al begonnen of voorbij. Aanmelden kan niet meer.");
  if (activity.signupDeadline <= now) {
    throw new AppError("conflict", `Aanmelden kan niet meer. Dat kon tot ${formatDate(activity.signupDeadline)}.`);
  }
}

/**
 * The sign-ups of this person. A sign-up with an address belongs to that address; one by number
 * alone to that number (so an earlier sign-up by number is found when the address is added). A
 * number is often shared by a household: it never ties someone to another person's address.
 */
function byContact(contact: Contact) {
  const byNumberAlone = contact.phone ? and(eq(signups.phone, contact.phone), isNull(signups.email)) : undefined;
  return contact.email ? or(eq(signups.email, contact.email), byNumberAlone) : byNumberAlone;
}

/**
 * The active sign-up of this address or number for the activity, or for another date of a series
 * that allows one sign-up per person.
 */
function findExisting(tx: DbOrTx, activity: LockedActivity, contact: Contact) {
  const columns = {
    id: signups.id,
    activityId: signups.activityId,
    status: signups.status,
    partySize: signups.partySize,
    email: signups.email,
    phone: signups.phone,
    cancelCodeHash: signups.cancelCodeHash,
    cancelCodeTries: signups.cancelCodeTries,
  };
  const existing = tx
    .select(columns)
    .from(signups)
    .where(and(eq(signups.activityId, activity.id), byContact(contact), ne(signups.status, "geannuleerd")))
    .get();
  if (existing || activity.seriesId === null || !activity.oneSignupPerEmail) return existing ?? null;
  const inSeries = tx
    .select(columns)
    .from(signups)
    .innerJoin(activities, eq(signups.activityId, activities.id))
    .where(and(eq(activities.seriesId, activity.seriesId), isNull(activities.cancelledAt), byContact(contact), ne(signups.status, "geannuleerd")))
    .get();
  return inSeries ?? null;
}

type Existing = NonNullable<ReturnType<typeof findExisting>>;

/**
 * The address or number already has a sign-up: nothing new is written, and the details go only to
 * the existing sign-up's own address or number. A mail brings a fresh cancel link: only hashes are
 * stored, so the old one cannot be repeated. A text keeps the code of the earlier one while it
 * still works, so a stranger repeating the sign-up cannot replace the owner's code; only a code
 * killed by wrong tries is replaced. Over a message limit nothing is sent; the answer stays the same.
 */
function repeatSignup(tx: DbOrTx, existing: Existing, input: SignupInput, now: Date): SignupOutcome {
  const position = existing.status === "wachtlijst" ? waitingPosition(tx, existing.activityId, existing.id) : null;
  const outcome = { signupId: existing.id, status: existing.status, partySize: existing.partySize, position, existing: true };
  const nothingSent = { ...outcome, cancelToken: null, cancelCode: null };
  const told = { email: existing.email, phone: existing.phone };
  const rules = input.limit ? repeatSignupRules((told.email ?? told.phone)!, input.limit.ip) : null;
  if (rules && !consumeRateLimitIn(tx, rules.ip, now)) throw new AppError("rate_limited");
  if (rules && !consumeRateLimitIn(tx, rules.mail, now)) return nothingSent;
  const activity = loadActivity(tx, existing.activityId);
  if (texted(told)) {
    if (input.limit && !consumeRateLimitIn(tx, [textsPerNumberRule(told.phone!)], now)) return nothingSent;
    if (existing.cancelCodeHash !== null && existing.cancelCodeTries < CANCEL_CODE_TRIES) {
      enqueueSms(tx, alreadySignedUpNoCodeSms(activity, told.phone!, position));
      return nothingSent;
    }
  }
  const { proof, columns } = newCancelProof(told.phone, input.baseUrl);
  tx.update(signups).set(columns).where(eq(signups.id, existing.id)).run();
  tell(
    tx,
    told,
    (email) => alreadySignedUpMail(activity, { email, partySize: existing.partySize }, position, proof.token, input.baseUrl),
    (phone) => alreadySignedUpSms(activity, phone, position, proof),
  );
  return { ...outcome, cancelToken: proof.token, cancelCode: told.email ? null : proof.code };
}

/** The typed number as E.164; the form's schema already did this, scripts and tests may not have. */
function phoneOf(input: { phone?: string }): string | null {
  if (!input.phone) return null;
  const read = readMobile(input.phone, smsCountriesOf(env().smsCountries));
  if ("refused" in read) throw new FieldRefusal("phone", read.refused);
  return read.number;
}

type SignupInput = SignupData & {
  activityId: number;
  userId: string | null;
  baseUrl: string;
  /** The client's address, for the hourly limits (scripts and seeds leave it out). */
  limit?: { ip: string };
  /** The buurtwerker who signs a resident up for them (lib/activities/commands/on-behalf.ts). */
  onBehalfById?: string;
  now?: Date;
};

/**
 * Signs up for an activity. The check of free places and the write are one IMMEDIATE transaction,
 * so parallel sign-ups from any number of processes can never overbook.
 */
export function signUp(db: Db, input: SignupInput): SignupOutcome {
  return db.transaction((tx) => signUpIn(tx, input), { behavior: "immediate" });
}

/** The sign-up inside the caller's IMMEDIATE transaction (a buurtwerker's adds the audit record). */
export function signUpIn(tx: DbOrTx, input: SignupInput): SignupOutcome {
  const now = input.now ?? new Date();
  const contact: Contact = { email: input.email ? input.email.toLowerCase() : null, phone: phoneOf(input) };
  if (!contact.email && !contact.phone) throw new FieldRefusal("email", "Vul een e-mailadres of een mobiel nummer in.");
  const activity = loadActivity(tx, input.activityId);
  assertOpenForSignup(activity, now);
  if (input.partySize > activity.maxPartySize) {
    throw new FieldRefusal("partySize", `U kunt met hoogstens ${activity.maxPartySize} personen komen per aanmelding.`);
  }
  const existing = findExisting(tx, activity, contact);
  if (existing) return repeatSignup(tx, existing, input, now);
  if (input.limit && !consumeRateLimitIn(tx, signupLimitRules(contact, input.limit.ip), now)) {
    throw new AppError("rate_limited");
  }
  // Said at the field: a person with this number can still sign up with an address.
  if (input.limit && texted(contact) && !consumeRateLimitIn(tx, [textsPerNumberRule(contact.phone!)], now)) {
    throw new FieldRefusal("phone", TEXTS_USED_UP);
  }
  const fits = input.partySize <= activity.places - placesTaken(tx, activity.id);
  const status: SignupStatus = fits ? "bevestigd" : "wachtlijst";
  const { proof, columns } = newCancelProof(contact.phone, input.baseUrl);
  const { id } = tx
    .insert(signups)
    .values({
      activityId: activity.id,
      userId: input.userId,
      name: input.name,
      ...contact,
      partySize: input.partySize,
      notes: input.notes || null,
      status,
      ...columns,
      onBehalfById: input.onBehalfById ?? null,
      createdAt: now,
    })
    .returning({ id: signups.id })
    .get();
  const recipient = (email: string) => ({ email, partySize: input.partySize });
  const position = fits ? null : waitingPosition(tx, activity.id, id);
  tell(
    tx,
    contact,
    (email) =>
      position === null
        ? placeMail(activity, recipient(email), proof.token, input.baseUrl, false)
        : waitingListMail(activity, recipient(email), position, proof.token, input.baseUrl),
    (phone) => (position === null ? placeSms(activity, phone, proof, false) : waitingListSms(activity, phone, position, proof)),
  );
  const cancelCode = contact.email ? null : proof.code;
  return { signupId: id, status, partySize: input.partySize, position, existing: false, cancelToken: proof.token, cancelCode };
}

/** A new sign-up counts against each address and number it names, and against the connection. */
function signupLimitRules(contact: Contact, ip: string) {
  const keys = [contact.email, contact.phone].filter((key): key is string => !!key);
  const [, ipRule] = hourlyLimitRules(SIGNUP_LIMIT, keys[0]!, ip);
  return [...keys.map((key) => hourlyLimitRules(SIGNUP_LIMIT, key, ip)[0]!), ipRule!];
}

export type CancelOutcome = { activityId: number; promoted: number[] };

/** Cancels through the personal link in the mail; the freed places go to the waiting list. */
export function cancelSignupByToken(db: Db, input: { token: string; baseUrl: string; now?: Date }): CancelOutcome {
  const now = input.now ?? new Date();
  return db.transaction(
    (tx) => {
      const signup = tx
        .select({ id: signups.id })
        .from(signups)
        .where(eq(signups.cancelTokenHash, hashCancelToken(input.token)))
        .get();
      if (!signup) {
        throw new AppError("not_found", "Deze afmeldlink werkt niet. Gebruik de link in de nieuwste mail of sms die u van ons kreeg.");
      }
      return cancelSignup(tx, signup.id, input.baseUrl, now);
    },
    { behavior: "immediate" },
  );
}

/** A signed-in resident cancels one of their own sign-ups from the account page. */
export function cancelOwnSignup(db: Db, input: { signupId: number; userId: string; baseUrl: string; now?: Date }): CancelOutcome {
  const now = input.now ?? new Date();
  return db.transaction(
    (tx) => {
      const signup = tx
        .select({ id: signups.id })
        .from(signups)
        .where(and(eq(signups.id, input.signupId), ownedBy(input.userId)))
        .get();
      if (!signup) throw new AppError("not_found", "Deze aanmelding bestaat niet (meer).");
      return cancelSignup(tx, signup.id, input.baseUrl, now);
    },
    { behavior: "immediate" },
  );
}

/**
 * Cancels one sign-up inside the caller's IMMEDIATE transaction and promotes the waiting list.
 * `notify: false` sends the person no confirmation: used when their address is being removed.
 */
export function cancelSignup(
  tx: DbOrTx,
  signupId: number,
  baseUrl: string,
  now: Date,
  notify = true,
): CancelOutcome {
  const signup = tx
    .select({ activityId: signups.activityId, status: signups.status, email: signups.email, phone: signups.phone, partySize: signups.partySize })
    .from(signups)
    .where(eq(signups.id, signupId))
    .get();
  if (!signup) throw new AppError("not_found", "Deze aanmelding bestaat niet (meer).");
  if (signup.status === "geannuleerd") throw new AppError("conflict", "U heeft zich al afgemeld. U hoeft niets meer te doen.");
  const activity = loadActivity(tx, signup.activityId);
  if (activity.cancelled) throw new AppError("conflict", "Deze activiteit gaat niet door. U hoeft niets te doen.");
  if (activity.startsAt <= now) throw new AppError("conflict", "Deze activiteit is al begonnen of voorbij. Afmelden kan niet meer.");
  const result = tx
    .update(signups)
    .set({ status: "geannuleerd", cancelledAt: now })
    .where(and(eq(signups.id, signupId), ne(signups.status, "geannuleerd")))
    .run();
  if (result.changes !== 1) throw new AppError("conflict", "U heeft zich al afgemeld. U hoeft niets meer te doen.");
  if (notify) {
    tell(tx, signup, (email) => signupCancelledMail(activity, { email, partySize: signup.partySize }), (phone) => signupCancelledSms(activity, phone));
  }
  const promoted = signup.status === "bevestigd" ? promoteWaiting(tx, activity, baseUrl, now) : [];
  return { activityId: activity.id, promoted };
}
