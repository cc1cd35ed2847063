import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { notifications, users } from "@/db/schema";
import { renderMail } from "@/lib/platform/mail/layout";
import { deliverPendingMail, enqueueMail } from "@/lib/platform/mail/outbox";
import { pacer } from "@/lib/platform/mail/pace";
import { markMailed, pendingColumns, stillWanted } from "./deliver";
import { authorRef, currentPayload, refsOf } from "../queries/sources";
import { linkOf, notificationText, REASONS } from "../texts";
import { topicOf } from "../topics";
import { issueUnsubscribe } from "./unsubscribe";

const PEOPLE_PER_BATCH = 20;
type Row = { kind: (typeof notifications.$inferSelect)["kind"]; payload: Record<string, string>; initiativeId: number | null; projectId: number | null };

/** The digest of one person: per idea, project or place to help its title, what happened (oldest first) and a link. */
export function digestParagraphs(rows: Row[]): string[] {
  const perSubject = new Map<string, Row[]>();
  for (const row of rows) {
    const key = row.kind === "place_unanswered" ? `m${row.payload.placeId}` : row.projectId === null ? `i${row.initiativeId}` : `p${row.projectId}`;
    perSubject.set(key, [...(perSubject.get(key) ?? []), row]);
  }
  return [...perSubject.values()].flatMap((items) => [
    `${items[0]!.payload.title ?? "Een idee"}:`,
    ...items.map((item) => `- ${notificationText(item.kind, item.payload).lines.filter(Boolean).join(" ")}`),
    `Lees meer: ${linkOf(items[0]!).url}`,
  ]);
}

export function queueDigestBatch(db: Db, now: Date): number {
  return db.transaction(
    (tx) => {
      const people = tx
        .selectDistinct({ userId: notifications.userId })
        .from(notifications)
        .where(and(eq(notifications.delivery, "weekly"), isNull(notifications.mailedAt)))
        .limit(PEOPLE_PER_BATCH)
        .all()
        .map((p) => p.userId);
      if (!people.length) return 0;
      const rows = tx
        .select(pendingColumns)
        .from(notifications)
        .innerJoin(users, eq(notifications.userId, users.id))
        .where(and(eq(notifications.delivery, "weekly"), isNull(notifications.mailedAt), inArray(notifications.userId, people)))
        .orderBy(asc(notifications.id))
        .all();
      for (const userId of people) {
        const mine = rows.filter((row) => row.userId === userId);
        // Read from the source now: what was hidden or withdrawn since the event is left out.
        const wanted = mine.filter(stillWanted).flatMap((row) => {
          const payload = currentPayload(tx, row);
          return payload ? [{ ...row, payload }] : [];
        });
        for (const topic of ["follow", "staff"] as const) {
          const items = wanted.filter((row) => topicOf(row.kind) === topic);
          if (!items.length) continue;
          const link = issueUnsubscribe(tx, userId, topic, now);
          const subject = topic === "follow" ? "Nieuws van deze week over wat u volgt" : "Uw berichten van deze week";
          const { text, html } = renderMail({ heading: subject, paragraphs: digestParagraphs(items), unsubscribe: { reason: topic === "follow" ? "U krijgt deze mail omdat u ideeën of projecten volgt." : REASONS.staff, url: link.page } });
          enqueueMail(tx, { to: items[0]!.email, subject, text, html, headers: link.headers, refs: items.flatMap((row) => [...refsOf(row), ...authorRef(tx, row)]) });
        }
        if (mine.length) markMailed(tx, mine.map((row) => row.id), now);
      }
      return people.length;
    },
    { behavior: "immediate" },
  );
}

/** The Monday digest: one mail per person per topic, grouped per idea; each notification once. */
export async function sendDigests(db: Db, now = new Date()): Promise<number> {
  const pace = pacer();
  let people = 0;
  for (let batch = queueDigestBatch(db, now); batch > 0; batch = queueDigestBatch(db, now)) {
    people += batch;
    await deliverPendingMail({ pace });
  }
  return people;
}
