import { renderMail } from "@/lib/platform/mail/layout";
import type { Mail } from "@/lib/platform/mail/outbox";
import { siteUrl } from "@/lib/platform/site-url";
import { formatEuros } from "@/lib/platform/money";
import { formatDate } from "@/lib/platform/format";

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

/** Tells the initiator the money request was sent, and what happens next, with the dates. */
export function requestSentMail(to: string, about: About, adviceDueAt: Date): Mail {
  const subject = "Uw vraag om geld is verstuurd";
  const { text, html } = renderMail({
    heading: `${subject}: "${about.title}"`,
    paragraphs: [
      "Dank u wel. Zo gaat het nu verder:",
      `1. Een buurtwerker bekijkt uw begroting en geeft advies, uiterlijk op ${formatDate(adviceDueAt)}.`,
      "2. Daarna beslist de beheerder van het fonds, binnen 5 werkdagen.",
      "3. U krijgt bij elke stap een mail.",
    ],
    action: action(about),
  });
  return { to, subject, text, html };
}

/** Tells the initiator the buurtwerker gave advice: the beheerder decides next, by this date. */
export function adviceGivenMail(to: string, about: About, decisionDueAt: Date): Mail {
  const subject = "Uw vraag om geld: de buurtwerker heeft advies gegeven";
  const { text, html } = renderMail({
    heading: `${subject}: "${about.title}"`,
    paragraphs: [
      "Een buurtwerker heeft uw begroting bekeken en advies gegeven.",
      `Nu beslist de beheerder van het fonds. U krijgt uiterlijk op ${formatDate(decisionDueAt)} antwoord.`,
    ],
    action: action(about),
  });
  return { to, subject, text, html };
}

/** Tells the initiator a tranche was paid: how much, how much so far, and what to do with the receipts. */
export function paymentMail(to: string, about: About, payment: { amount: number; paid: number; granted: number }): Mail {
  const subject = "Er is geld voor uw idee betaald";
  const { text, html } = renderMail({
    heading: `${subject}: "${about.title}"`,
    paragraphs: [
      `Wij hebben ${formatEuros(payment.amount)} naar u overgemaakt.`,
      payment.paid < payment.granted
        ? `U heeft nu ${formatEuros(payment.paid)} van de ${formatEuros(payment.granted)} gekregen. De rest komt later.`
        : `U heeft nu al het geld gekregen: ${formatEuros(payment.granted)}.`,
      "Bewaar de bonnetjes. Schrijf op de website op wat u heeft uitgegeven, bij Geld van uw idee.",
    ],
    action: { lead: "Wilt u opschrijven wat u uitgeeft?", label: "Naar Geld van uw idee", url: `${siteUrl()}/initiatieven/${about.id}/geld` },
  });
  return { to, subject, text, html };
}
