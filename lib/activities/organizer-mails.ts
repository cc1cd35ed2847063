import { formatActivityTime } from "@/lib/platform/format";
import { renderMail } from "@/lib/platform/mail/layout";
import type { Mail } from "@/lib/platform/mail/outbox";
import type { Sms } from "@/lib/platform/sms/outbox";
import { fitTitle } from "@/lib/platform/sms/segments";
import type { CalendarActivity } from "./calendar";

/*
 * Mails about activities an initiator organises for their own idea: to the buurtwerkers who say
 * yes, to the initiator about that decision, and the organiser's own message to everyone signed up.
 * The title and the message were typed by the initiator; schema.ts keeps web addresses out of them.
 */

type Idea = { id: number; title: string };

const staffUrl = (baseUrl: string, activity: CalendarActivity) => `${baseUrl}/beheer/activiteiten/${activity.id}`;
const organizeUrl = (baseUrl: string, activity: CalendarActivity) => `${baseUrl}/activiteiten/${activity.id}/organiseren`;

const when = (activity: CalendarActivity) => `Wanneer: ${formatActivityTime(activity.startsAt, activity.endsAt)}. Waar: ${activity.address}.`;

/** The first activity of an initiator waits for a buurtwerker's yes. */
export function approvalRequestMail(to: string, activity: CalendarActivity, idea: Idea, baseUrl: string): Mail {
  const { text, html } = renderMail({
    heading: "Een activiteit wacht op uw ja",
    paragraphs: [
      `De initiatiefnemer van ${idea.title} wil een activiteit organiseren: ${activity.title}.`,
      when(activity),
      "Het is de eerste activiteit van deze bewoner. Zegt u ja? Dan komt hij op de website en kunnen mensen zich aanmelden. Zegt u nee? Schrijf dan kort waarom.",
    ],
    action: { lead: "Bekijk de activiteit en beslis:", label: "Naar de activiteit", url: staffUrl(baseUrl, activity) },
  });
  return { to, subject: `Wacht op uw ja: ${activity.title}`, text, html };
}

/** After one approved activity the next go live at once; the coach hears of it. */
export function activityLiveMail(to: string, activity: CalendarActivity, idea: Idea, baseUrl: string): Mail {
  const { text, html } = renderMail({
    heading: "Nieuwe activiteit bij een idee",
    paragraphs: [
      `De initiatiefnemer van ${idea.title} organiseert een nieuwe activiteit: ${activity.title}. Hij staat al op de website.`,
      when(activity),
      "Klopt er iets niet? Dan kunt u de activiteit pauzeren of afzeggen.",
    ],
    action: { lead: "Bekijk de activiteit:", label: "Naar de activiteit", url: staffUrl(baseUrl, activity) },
  });
  return { to, subject: `Nieuwe activiteit: ${activity.title}`, text, html };
}

export type OrganizerDecision = "goedgekeurd" | "afgewezen" | "gepauzeerd" | "hervat";

const DECISION_TEXT: Record<OrganizerDecision, { subject: string; lead: string }> = {
  goedgekeurd: { subject: "Uw activiteit staat op de website", lead: "Goed nieuws: een buurtwerker zegt ja. Uw activiteit staat nu op de website. Mensen kunnen zich aanmelden." },
  afgewezen: { subject: "Uw activiteit gaat niet op de website", lead: "Een buurtwerker zegt nee tegen uw activiteit. Hij komt niet op de website." },
  gepauzeerd: { subject: "Uw activiteit is gepauzeerd", lead: "Een buurtwerker heeft uw activiteit gepauzeerd. Hij staat nu niet op de website. Aanmelden kan even niet." },
  hervat: { subject: "Uw activiteit staat weer op de website", lead: "Een buurtwerker heeft uw activiteit weer op de website gezet. Aanmelden kan weer." },
};

/** The initiator hears what a buurtwerker decided, with the reason when it is no or a pause. */
export function organizerDecisionMail(to: string, activity: CalendarActivity, decision: OrganizerDecision, reason: string, baseUrl: string): Mail {
  const { subject, lead } = DECISION_TEXT[decision];
  const { text, html } = renderMail({
    heading: `${subject}: ${activity.title}`,
    paragraphs: [
      "Beste initiatiefnemer,",
      lead,
      ...(reason ? [`De buurtwerker schrijft: ${reason}`] : []),
      decision === "afgewezen" ? "Vragen? Stuur de buurtwerker een mail of bel het buurtteam. U kunt ook een nieuwe activiteit maken." : when(activity),
    ],
    action: { lead: "Bekijk uw activiteit:", label: "Naar uw activiteit", url: organizeUrl(baseUrl, activity) },
  });
  return { to, subject: `${subject}: ${activity.title}`, text, html };
}

/** The organiser's message to everyone signed up; it says who wrote it. */
export function organizerMessageMail(to: string, activity: CalendarActivity, body: string): Mail {
  const { text, html } = renderMail({
    heading: `Bericht over ${activity.title}`,
    paragraphs: [
      "Beste bewoner,",
      `U bent aangemeld voor ${activity.title}. De bewoner die het organiseert, stuurt u dit bericht:`,
      body,
      when(activity),
      "Dit bericht komt van de organisator, niet van de gemeente. Wij geven uw e-mailadres niet aan de organisator.",
    ],
  });
  return { to, subject: `Bericht van de organisator: ${activity.title}`, text, html };
}

export function organizerMessageSms(to: string, activity: CalendarActivity, body: string): Sms {
  return { to, text: fitTitle(activity.title, (title) => `Bericht van de organisator van ${title}: ${body}`) };
}
