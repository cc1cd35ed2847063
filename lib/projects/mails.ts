import { renderMail } from "@/lib/platform/mail/layout";
import type { Mail } from "@/lib/platform/mail/outbox";
import type { Sms } from "@/lib/platform/sms/outbox";
import { fitTitle } from "@/lib/platform/sms/segments";
import { OUTCOME_LABELS, type FeedbackOutcome } from "./fields";

// Messages to a way to reach someone left without an account (project_contacts). Nobody confirmed
// the address, so they carry only the project's title and points (the team's words) and our own
// links: the project page and the stop link, which deletes the address at once.

export const stopUrl = (baseUrl: string, token: string) => `${baseUrl}/projecten/stoppen/${token}`;
const projectUrl = (baseUrl: string, projectId: number) => `${baseUrl}/projecten/${projectId}`;

type Project = { id: number; title: string };
export type FeedbackPoint = { topic: string; outcome: FeedbackOutcome; reason: string };

const STOP_LEAD = "Staat u niet op deze lijst, of wilt u geen bericht meer? Met deze link wist u uw e-mailadres meteen:";

/** Right after the address was left: what it is for, and the stop link in case it was not theirs. */
export function contactListedMail(to: string, project: Project, token: string, baseUrl: string): Mail {
  const { text, html } = renderMail({
    heading: `U staat op de lijst voor ${project.title}`,
    paragraphs: [
      "Beste bewoner,",
      `U krijgt één bericht als het project ${project.title} vertelt wat het met de antwoorden van bewoners doet.`,
      "Daarna wissen wij uw e-mailadres. Wij weten niet wat u heeft geantwoord.",
    ],
    action: { lead: STOP_LEAD, label: "Haal mij van de lijst", url: stopUrl(baseUrl, token) },
  });
  return { to, subject: `U staat op de lijst voor ${project.title}`, text, html };
}

/** How many points the team took over, in part or not: "2 overgenomen, 1 niet". */
export function pointsSummary(points: readonly FeedbackPoint[]): string {
  return (Object.keys(OUTCOME_LABELS) as FeedbackOutcome[])
    .map((outcome) => [outcome, points.filter((point) => point.outcome === outcome).length] as const)
    .filter(([, count]) => count > 0)
    .map(([outcome, count]) => `${count} ${OUTCOME_LABELS[outcome].word.toLowerCase()}`)
    .join(", ");
}

/** "Wat doen we ermee" is published: the points in short, the project page, and the stop link. */
export function contactFeedbackMail(to: string, project: Project, points: readonly FeedbackPoint[], token: string, baseUrl: string): Mail {
  const { text, html } = renderMail({
    heading: `Wat doen wij met de antwoorden? ${project.title}`,
    paragraphs: [
      "Beste bewoner,",
      `U vroeg om bericht. Dit doen wij met wat bewoners zeiden over ${project.title}:`,
      ...points.map((point) => `${OUTCOME_LABELS[point.outcome].word}: ${point.topic}. ${point.reason}`),
    ],
    action: { lead: "Alles staat ook op de pagina van het project.", label: "Naar het project", url: projectUrl(baseUrl, project.id) },
    unsubscribe: { reason: "U krijgt deze mail omdat u uw e-mailadres bij dit project achterliet.", url: stopUrl(baseUrl, token) },
  });
  return { to, subject: `Wat doen wij met de antwoorden? ${project.title}`, text, html };
}

/** The text-message twin of contactListedMail. */
export function contactListedSms(to: string, project: Project, token: string, baseUrl: string): Sms {
  return { to, text: fitTitle(project.title, (title) => `U krijgt 1 sms als ${title} vertelt wat het met de antwoorden doet. Niet gevraagd? Stop: ${stopUrl(baseUrl, token)}`) };
}

/**
 * The text-message twin of contactFeedbackMail: the summary and the page, which has the rest. Two
 * links and a summary take two segments; it goes once to each number, so the whole title stays.
 */
export function contactFeedbackSms(to: string, project: Project, points: readonly FeedbackPoint[], token: string, baseUrl: string): Sms {
  return { to, text: `${project.title}: wat wij met de antwoorden doen (${pointsSummary(points)}): ${projectUrl(baseUrl, project.id)} Stop: ${stopUrl(baseUrl, token)}` };
}
