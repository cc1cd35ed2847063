import { renderMail } from "@/lib/platform/mail/layout";
import type { Mail } from "@/lib/platform/mail/outbox";
import { OUTCOME_LABELS, type FeedbackOutcome } from "./fields";

type Point = { topic: string; outcome: FeedbackOutcome; reason: string };

type Unsubscribe = { page: string; headers: Record<string, string> };

/**
 * "Wat doen we met uw mening": the points the team decided on, each with its reason. Only staff's
 * words. The link to stop is the one of idea mails: it sets the account's follow mails to "never".
 */
export function feedbackMail(project: { id: number; title: string }, points: Point[], to: string, baseUrl: string, unsubscribe: Unsubscribe): Mail {
  const { text, html } = renderMail({
    heading: `Wat doen we met uw mening over ${project.title}?`,
    paragraphs: [
      "Beste bewoner,",
      "U volgt dit project. Dit doen wij met wat bewoners zeiden:",
      ...points.map((point) => `${OUTCOME_LABELS[point.outcome].word}: ${point.topic}. ${point.reason}`),
    ],
    action: { lead: "Alles over het project leest u op de website.", label: "Bekijk het project", url: `${baseUrl}/projecten/${project.id}` },
    unsubscribe: { reason: "U krijgt deze mail omdat u dit project volgt.", url: unsubscribe.page },
  });
  return { to, subject: `Wat doen we met uw mening: ${project.title}`, text, html, headers: unsubscribe.headers };
}
