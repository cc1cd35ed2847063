import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { mailOutbox, projectContacts, projectPhases, projects, smsOutbox } from "@/db/schema";
import { AppError } from "@/lib/platform/errors";
import { enqueueMail, type Mail } from "@/lib/platform/mail/outbox";
import { consumeRateLimitIn } from "@/lib/platform/rate-limit/limiter";
import { enqueueSms, type Sms } from "@/lib/platform/sms/outbox";
import { CONTACT_CONSENT, CONTACT_RETENTION_MONTHS } from "../fields";
import { contactFeedbackMail, contactFeedbackSms, contactListedMail, contactListedSms, type FeedbackPoint } from "../mails";
import { contactRules } from "../rate-limits";
import { hashStopToken, newStopToken } from "../stop-token";
import { addMonths, localDay } from "@/lib/platform/time";

// A way to reach someone without an account, for one project's "wat doen we ermee" (docs/projects.md,
// "Bericht zonder account"). Nothing here reads or writes an answer, a device or an account.

type Reach = { email: string; phone: null } | { email: null; phone: string };

function send(tx: DbOrTx, contact: { email: string | null; phone: string | null }, mail: (to: string) => Mail, sms: (to: string) => Sms) {
  if (contact.email) enqueueMail(tx, mail(contact.email));
  else enqueueSms(tx, sms(contact.phone!));
}

/**
 * Stores the address or number with the consent sentence and the day, and sends one message with
 * the stop link. Left again for the same project: the row stays, with a new stop link in a new
 * message (the answer on the page is the same, so nobody learns whether an address was on the list).
 */
export function leaveContact(db: Db, input: { projectId: number; reach: Reach; ip: string; baseUrl: string; now?: Date }): void {
  const now = input.now ?? new Date();
  db.transaction(
    (tx) => {
      const project = tx.select({ id: projects.id, title: projects.title }).from(projects).where(eq(projects.id, input.projectId)).get();
      if (!project) throw new AppError("not_found", "Dit project bestaat niet.");
      if (!consumeRateLimitIn(tx, contactRules(input.reach.email ?? input.reach.phone, input.ip), now)) throw new AppError("rate_limited");
      const { token, hash } = newStopToken();
      const same = input.reach.email ? eq(projectContacts.email, input.reach.email) : eq(projectContacts.phone, input.reach.phone!);
      const renewed = tx.update(projectContacts).set({ stopTokenHash: hash }).where(and(eq(projectContacts.projectId, project.id), same)).run();
      if (renewed.changes === 0) {
        tx.insert(projectContacts).values({ projectId: project.id, ...input.reach, consentText: CONTACT_CONSENT, createdOn: localDay(now), stopTokenHash: hash }).run();
      }
      send(tx, input.reach, (to) => contactListedMail(to, project, token, input.baseUrl), (to) => contactListedSms(to, project, token, input.baseUrl));
    },
    { behavior: "immediate" },
  );
}

/**
 * "Wat doen we ermee" went out: every contact of the project gets one message with the points (the
 * ones sent now, in the caller's transaction) and a new stop link, which replaces the old one.
 */
export function tellContacts(tx: DbOrTx, input: { project: { id: number; title: string }; points: readonly FeedbackPoint[]; baseUrl: string }): number {
  const contacts = tx.select({ id: projectContacts.id, email: projectContacts.email, phone: projectContacts.phone }).from(projectContacts).where(eq(projectContacts.projectId, input.project.id)).all();
  for (const contact of contacts) {
    const { token, hash } = newStopToken();
    tx.update(projectContacts).set({ stopTokenHash: hash }).where(eq(projectContacts.id, contact.id)).run();
    send(
      tx,
      contact,
      (to) => contactFeedbackMail(to, input.project, input.points, token, input.baseUrl),
      (to) => contactFeedbackSms(to, input.project, input.points, token, input.baseUrl),
    );
  }
  return contacts.length;
}

const STOP_LINK = sql`'%/projecten/stoppen/%'`;

/**
 * Deletes the contacts and, for an address or number left on no other list, the messages the
 * outbox kept of them (they carry a stop link): after this the address is nowhere in the database.
 */
function removeContacts(tx: DbOrTx, ids: number[]): number {
  if (ids.length === 0) return 0;
  const gone = tx.delete(projectContacts).where(inArray(projectContacts.id, ids)).returning({ email: projectContacts.email, phone: projectContacts.phone }).all();
  for (const contact of gone) {
    const column = contact.email ? projectContacts.email : projectContacts.phone;
    const value = (contact.email ?? contact.phone)!;
    if (tx.select({ id: projectContacts.id }).from(projectContacts).where(eq(column, value)).get()) continue;
    if (contact.email) tx.delete(mailOutbox).where(and(eq(mailOutbox.to, value), sql`${mailOutbox.text} like ${STOP_LINK}`)).run();
    else tx.delete(smsOutbox).where(and(eq(smsOutbox.to, value), sql`${smsOutbox.text} like ${STOP_LINK}`)).run();
  }
  return gone.length;
}

/** The stop link: deletes the row the token belongs to. False when the link does not work (any more). */
export function stopContact(db: Db, token: string): boolean {
  return db.transaction(
    (tx) => {
      const row = tx.select({ id: projectContacts.id }).from(projectContacts).where(eq(projectContacts.stopTokenHash, hashStopToken(token))).get();
      return row ? removeContacts(tx, [row.id]) === 1 : false;
    },
    { behavior: "immediate" },
  );
}

/**
 * Retention: a project's contacts go CONTACT_RETENTION_MONTHS after its terugkoppelen phase ends,
 * or its last phase when it has no terugkoppelen; a project without dates keeps them that long
 * after the day they were left.
 */
export function removeExpiredContacts(db: Db, now = new Date()): number {
  const today = localDay(now);
  return db.transaction(
    (tx) => {
      const ends = tx
        .select({
          projectId: projectPhases.projectId,
          feedbackEnd: sql<string | null>`max(case when ${projectPhases.phase} = 'terugkoppelen' then ${projectPhases.endsOn} end)`,
          lastEnd: sql<string>`max(${projectPhases.endsOn})`,
        })
        .from(projectPhases)
        .groupBy(projectPhases.projectId)
        .all();
      const endOf = new Map(ends.map((row) => [row.projectId, row.feedbackEnd ?? row.lastEnd]));
      const contacts = tx.select({ id: projectContacts.id, projectId: projectContacts.projectId, createdOn: projectContacts.createdOn }).from(projectContacts).all();
      const expired = contacts.filter((contact) => addMonths(endOf.get(contact.projectId) ?? contact.createdOn, CONTACT_RETENTION_MONTHS) < today);
      return removeContacts(tx, expired.map((contact) => contact.id));
    },
    { behavior: "immediate" },
  );
}
