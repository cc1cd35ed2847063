import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { notifications, users } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { renderMail } from "@/lib/platform/mail/layout";
import { enqueueMail } from "@/lib/platform/mail/outbox";
import { linkOf, notificationText, reasonOf } from "../texts";
import { deliverPendingMail } from "@/lib/platform/mail/outbox";
import { pacer } from "@/lib/platform/mail/pace";
import { authorRef, currentPayload, refsOf } from "../queries/sources";
import { topicOf } from "../topics";
import { issueUnsubscribe } from "./unsubscribe";

/** Mails per transaction: a fan-out to thousands goes out in small steps, paced (lib/platform/mail/pace.ts). */
export const MAIL_BATCH = 20;

export const pendingColumns = {
  id: notifications.id,
  userId: notifications.userId,
  kind: notifications.kind,
  eventKey: notifications.eventKey,
  payload: notifications.payload,
  initiativeId: notifications.initiativeId,
  projectId: notifications.projectId,
  email: users.email,
  blockedAt: users.blockedAt,
  followMails: users.followMails,
  staffMails: users.staffMails,
};

/** A person who is blocked, or who chose "never" since, gets nothing; the row counts as handled. */
export function stillWanted(row: { kind: (typeof notifications.$inferSelect)["kind"]; blockedAt: Date | null; followMails: string; staffMails: string }): boolean {
  const choice = topicOf(row.kind) === "follow" ? row.followMails : row.staffMails;
  return !row.blockedAt && choice !== "never";
}

export const markMailed = (tx: DbOrTx, ids: number[], now: Date) =>
  tx.update(notifications).set({ mailedAt: now }).where(and(inArray(notifications.id, ids), isNull(notifications.mailedAt))).run();

/**
 * Turns up to MAIL_BATCH notifications chosen "at once" into mails, in one IMMEDIATE transaction:
 * the select and the mark cannot be split by another process, so each goes out once. What a mail
 * says is read from its source now (lib/notifications/queries/sources.ts): what was hidden or withdrawn
 * since is not in it.
 */
export function mailDirectBatch(db: Db, now = new Date()): number {
  return db.transaction(
    (tx) => {
      const rows = tx
        .select(pendingColumns)
        .from(notifications)
        .innerJoin(users, eq(notifications.userId, users.id))
        .where(and(eq(notifications.delivery, "direct"), isNull(notifications.mailedAt)))
        .orderBy(asc(notifications.id))
        .limit(MAIL_BATCH)
        .all();
      for (const row of rows.filter(stillWanted)) {
        const payload = currentPayload(tx, row);
        if (!payload) continue;
        const topic = topicOf(row.kind);
        const { subject, lines } = notificationText(row.kind, payload);
        const link = issueUnsubscribe(tx, row.userId, topic, now);
        const target = linkOf(row);
        const { text, html } = renderMail({
          heading: subject,
          paragraphs: lines.filter(Boolean),
          action: { lead: "Wilt u meer weten?", label: target.label, url: target.url },
          unsubscribe: { reason: reasonOf(row.kind), url: link.page },
        });
        enqueueMail(tx, { to: row.email, subject, text, html, headers: link.headers, refs: [...refsOf(row), ...authorRef(tx, row)] });
      }
      if (rows.length) markMailed(tx, rows.map((row) => row.id), now);
      return rows.length;
    },
    { behavior: "immediate" },
  );
}

/**
 * Mails every pending "at once" notification, batch by batch, delivering each batch before the
 * next, paced so that the site stays quick while thousands go out.
 */
export async function mailPendingNotifications(db: Db): Promise<number> {
  const pace = pacer();
  let total = 0;
  for (;;) {
    const batch = mailDirectBatch(db);
    if (batch === 0) return total;
    total += batch;
    await deliverPendingMail({ pace });
    await pace();
  }
}
