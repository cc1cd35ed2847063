import { renderMail } from "@/lib/platform/mail/layout";
import type { Mail } from "@/lib/platform/mail/outbox";
import { siteUrl } from "@/lib/platform/site-url";
import { formatEuros } from "../platform/money";

type About = { id: number; title: string };

const action = (about: About) => ({ lead: "Wilt u uw idee zien?", label: "Bekijk uw idee", url: `${siteUrl()}/initiatieven/${about.id}` });

/** Tells the initiator money was granted: how much, from which fund, the conditions and who to call. */
export function grantMail(
  to: string,
  about: About,
  grant: { amount: number; fundName: string; conditions?: string; contactName: string; contactEmail: string },
): Mail {
  const subject = "U krijgt geld voor uw idee";
  const { text, html } = renderMail({
    heading: `${subject}: "${about.title}"`,
    paragraphs: [
      `Goed nieuws! U krijgt ${formatEuros(grant.amount)} uit ${grant.fundName}.`,
      grant.conditions ? `Hier moet u op letten: ${grant.conditions}` : "",
      `Uw contactpersoon bij de gemeente is ${grant.contactName} (${grant.contactEmail}). Die helpt u met vergunningen en regels.`,
      "Bewaar de bonnetjes van wat u koopt. Op de website schrijft u op wat u heeft uitgegeven.",
    ].filter(Boolean),
    action: action(about),
  });
  return { to, subject, text, html };
}

/** Tells the initiator no money was granted, and why. */
export function refusalMail(to: string, about: About, reason: string): Mail {
  const subject = "U krijgt geen geld voor uw idee";
  const { text, html } = renderMail({
    heading: `${subject}: "${about.title}"`,
    paragraphs: [
      "Wij hebben uw vraag om geld goed bekeken. U krijgt helaas geen geld. De reden:",
      reason,
      "Uw idee kan wel doorgaan. Heeft u vragen? Vraag het aan uw buurtwerker.",
    ],
    action: action(about),
  });
  return { to, subject, text, html };
}
