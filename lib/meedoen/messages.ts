import { renderMail } from "@/lib/platform/mail/layout";
import type { Mail } from "@/lib/platform/mail/outbox";
import type { Sms } from "@/lib/platform/sms/outbox";
import { shortWhen } from "@/lib/activities/sms";
import { ANSWER_DAYS } from "./fields";

/*
 * Mails and text messages about a place to help. The task and the names are typed by residents
 * (a host may be any initiator, a helper anyone with a number), so no message carries them: only
 * the date, the wijk and our own link to the place's page, where the task stands.
 */

export type PlaceFacts = { id: number; startsAt: Date; wijkName: string };

const placeUrl = (baseUrl: string, place: PlaceFacts) => `${baseUrl}/meedoen/${place.id}`;

type Outcome = "taken" | "accepted" | "declined" | "came";

/**
 * `certificateLink`: for "came", the address of the person's certificate. `dates`: how many dates
 * were taken in one step ("taken"; the place is the first). `cancelCode`: for a guest, the code
 * that cancels them ("taken", text message only).
 */
export type TakeExtra = { certificateLink?: string; dates?: number; cancelCode?: string };

/** The place's page after a guest's take without JavaScript (`?gelukt=`, lib/platform/forms/done-notes.ts). */
export const TAKE_NOTES = { "meehelpen-sms": "Dank u wel! U krijgt een sms als de gastheer of gastvrouw ja of nee zegt." } as const;

export const cancelByCodeUrl = (baseUrl: string) => `${baseUrl}/meedoen/afmelden`;

function lines(outcome: Outcome, place: PlaceFacts, baseUrl: string, extra: TakeExtra): { subject: string; paragraphs: string[]; link: string } {
  const when = `${shortWhen(place.startsAt)} in ${place.wijkName}`;
  if (outcome === "taken") {
    const dates = extra.dates ?? 1;
    return {
      subject: "U wilt helpen: dank u wel!",
      paragraphs: [
        dates > 1 ? `U heeft zich gemeld om te helpen op ${dates} dagen. De eerste is ${when}.` : `U heeft zich gemeld om te helpen op ${when}.`,
        `Binnen ${ANSWER_DAYS} dagen hoort u of u kunt komen.`,
      ],
      link: placeUrl(baseUrl, place),
    };
  }
  if (outcome === "accepted") {
    return {
      subject: "U kunt komen helpen",
      paragraphs: [`Goed nieuws: u kunt komen helpen op ${when}.`, "Tot dan!"],
      link: placeUrl(baseUrl, place),
    };
  }
  if (outcome === "came") {
    return {
      subject: "Dank u wel voor het helpen!",
      paragraphs: [`Dank u wel voor het helpen op ${when}. Uw bewijs "Ik deed mee":`],
      link: extra.certificateLink ?? "",
    };
  }
  return {
    subject: "Deze plek gaat niet door voor u",
    paragraphs: [`Dank u wel voor uw aanbod (${when}).`, "Deze keer past het niet. Kijk bij andere plekken:"],
    link: `${baseUrl}/meedoen`,
  };
}

export function takeMail(outcome: Outcome, place: PlaceFacts, to: string, baseUrl: string, extra: TakeExtra = {}): Mail {
  const { subject, paragraphs, link } = lines(outcome, place, baseUrl, extra);
  const { text, html } = renderMail({
    heading: subject,
    paragraphs: ["Beste bewoner,", ...paragraphs],
    action: { lead: "Kijk op de website.", label: outcome === "declined" ? "Andere plekken" : outcome === "came" ? "Bekijk uw bewijs" : "Bekijk de plek", url: link },
  });
  return { to, subject, text, html };
}

/**
 * The same as a text message. A guest's "taken" message carries the way to cancel instead of the
 * place's link (one segment: the "accepted" message links the place).
 */
export function takeSms(outcome: Outcome, place: PlaceFacts, to: string, baseUrl: string, extra: TakeExtra = {}): Sms {
  if (outcome === "taken" && extra.cancelCode) {
    const dates = extra.dates ?? 1;
    const what = dates > 1 ? `${dates} dagen, eerst ${shortWhen(place.startsAt)}` : shortWhen(place.startsAt);
    return { to, text: `U wilt helpen op ${what}. Binnen ${ANSWER_DAYS} dagen hoort u of het kan. Toch niet? ${cancelByCodeUrl(baseUrl)} code ${extra.cancelCode}` };
  }
  const { paragraphs, link } = lines(outcome, place, baseUrl, extra);
  return { to, text: `${paragraphs.join(" ")} ${link}` };
}

type HostNews = "taken" | "withdrawn" | "reminder";

const HOST_NEWS: Record<HostNews, (when: string) => { subject: string; paragraphs: string[] }> = {
  taken: (when) => ({ subject: "Iemand wil helpen", paragraphs: [`Iemand wil helpen op ${when}.`, `Laat binnen ${ANSWER_DAYS} dagen weten of het past.`] }),
  withdrawn: (when) => ({ subject: "Iemand kan toch niet helpen", paragraphs: [`Iemand heeft zich afgemeld voor ${when}. De plek is weer vrij.`] }),
  reminder: (when) => ({
    subject: "Iemand wacht op uw antwoord",
    paragraphs: [`Iemand wil helpen op ${when} en wacht nog op uw antwoord.`, `Zeg ja of nee, graag binnen ${ANSWER_DAYS} dagen na de aanmelding. Lukt het niet? Dan vraagt een buurtwerker ernaar.`],
  }),
};

/** To the host: someone wants to help, cannot come after all, or still waits. No name: the host reads it on the page. */
export function hostMail(place: PlaceFacts, to: string, baseUrl: string, news: HostNews = "taken"): Mail {
  const { subject, paragraphs } = HOST_NEWS[news](`${shortWhen(place.startsAt)} in ${place.wijkName}`);
  const { text, html } = renderMail({
    heading: subject,
    paragraphs,
    action: { lead: "Kijk op de website.", label: "Bekijk wie wil helpen", url: `${placeUrl(baseUrl, place)}/aanmeldingen` },
  });
  return { to, subject, text, html };
}

/**
 * What the buurtwerker's notification carries (lib/notifications/texts.ts says it): a request
 * waits longer than the host should take, and they may answer it themselves.
 */
export const unansweredPayload = (place: PlaceFacts, waiting: number): Record<string, string> => ({
  title: "Een plek om te helpen",
  placeId: String(place.id),
  when: `${shortWhen(place.startsAt)} in ${place.wijkName}`,
  days: String(ANSWER_DAYS),
  waiting: String(waiting),
});
