import { and, eq, inArray, isNull, or } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { initiatives, users } from "@/db/schema";
import { renderMail } from "@/lib/mail/layout";
import { enqueueMail } from "@/lib/mail/outbox";
import { siteUrl } from "@/lib/site-url";

const STAFF = ["buurtwerker", "beheerder"] as const;

/**
 * Who hears at once that reports hid something: the idea's coach and the buurtwerkers of its wijk;
 * when there are none, all staff. (The notifications work may replace this with its general alert.)
 */
function staffToAlert(tx: DbOrTx, initiativeId: number): string[] {
  const idea = tx.select({ wijkId: initiatives.wijkId, coachId: initiatives.coachId }).from(initiatives).where(eq(initiatives.id, initiativeId)).get();
  const active = and(inArray(users.role, STAFF), isNull(users.blockedAt));
  const near = tx
    .select({ email: users.email })
    .from(users)
    .where(and(active, or(eq(users.id, idea?.coachId ?? ""), and(eq(users.role, "buurtwerker"), eq(users.wijkId, idea?.wijkId ?? -1)))))
    .all();
  const recipients = near.length > 0 ? near : tx.select({ email: users.email }).from(users).where(active).all();
  return recipients.map((user) => user.email);
}

/** Queues, in the caller's transaction, a plain mail to the buurtwerkers that reports hid an idea or a comment. */
export function alertStaffOfHiding(tx: DbOrTx, about: { initiativeId: number; title: string; comment: boolean }): void {
  const what = about.comment ? `Een reactie bij "${about.title}"` : `Het idee "${about.title}"`;
  const { text, html } = renderMail({
    heading: `${what} is verborgen na meldingen`,
    paragraphs: [
      `${what} is door meldingen van bewoners verborgen. Wilt u er zo snel mogelijk naar kijken?`,
      "Zet het terug als er niets mis mee is, of laat het verborgen met een reden.",
    ],
    action: { lead: "Wilt u het nu bekijken?", label: "Bekijk het idee", url: `${siteUrl()}/beheer/initiatieven/${about.initiativeId}` },
  });
  for (const to of staffToAlert(tx, about.initiativeId)) {
    enqueueMail(tx, { to, subject: `Verborgen na meldingen: ${about.title}`, text, html });
  }
}
