import { renderMail } from "@/lib/platform/mail/layout";
import type { Mail } from "@/lib/platform/mail/outbox";

// Like the activity mails, these carry no text typed by the person who signed up: only the
// activity's title (staff wrote it) and our own links.

/** The day after an activity: three questions, with a personal link that works once. */
export function howWasItMail(to: string, activityTitle: string, url: string): Mail {
  const { text, html } = renderMail({
    heading: "Hoe was het?",
    paragraphs: ["Beste bewoner,", `Gisteren was ${activityTitle}. Wij willen graag weten hoe het was.`, "Het zijn drie korte vragen. U hoeft niet in te loggen. Niemand ziet wat u antwoordt."],
    action: { lead: "Wilt u de drie vragen beantwoorden?", label: "Naar de vragen", url },
    afterAction: ["Deze link is alleen voor u en werkt één keer."],
  });
  return { to, subject: `Hoe was het? ${activityTitle}`, text, html };
}

/** The yearly buurtmonitor, to an account that chose to get mail from the platform. */
export function monitorMail(to: string, year: number, closes: string, url: string, unsubscribe: { page: string; headers: Record<string, string> }): Mail {
  const { text, html } = renderMail({
    heading: `Buurtmonitor ${year}: hoe is het in uw buurt?`,
    paragraphs: [
      "Beste bewoner,",
      "Eén keer per jaar vragen wij hoe het gaat in de buurt. Kent u uw buren? Vertrouwt u elkaar?",
      `Het zijn zeven korte vragen. U hoeft niet in te loggen. Niemand ziet wat u antwoordt. Invullen kan tot en met ${closes}.`,
    ],
    action: { lead: "Doet u mee?", label: "Naar de buurtmonitor", url },
    unsubscribe: { reason: "U krijgt deze mail omdat u mails van Burgers maken Hrl-Nrd wilt krijgen.", url: unsubscribe.page },
  });
  return { to, subject: `Buurtmonitor ${year}: hoe is het in uw buurt?`, text, html, headers: unsubscribe.headers };
}
