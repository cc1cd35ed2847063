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

function lines(outcome: Outcome, place: PlaceFacts, baseUrl: string, certificateLink = ""): { subject: string; paragraphs: string[]; link: string } {
  const when = `${shortWhen(place.startsAt)} in ${place.wijkName}`;
  if (outcome === "taken") {
    return {
      subject: "U wilt helpen: dank u wel!",
      paragraphs: [`U heeft zich gemeld om te helpen op ${when}.`, `Binnen ${ANSWER_DAYS} dagen hoort u of u kunt komen.`],
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
      link: certificateLink,
    };
  }
  return {
    subject: "Deze plek gaat niet door voor u",
    paragraphs: [`Dank u wel voor uw aanbod (${when}).`, "Deze keer past het niet. Kijk bij andere plekken:"],
    link: `${baseUrl}/meedoen`,
  };
}

/** `certificateLink`: for "came", the address of the person's certificate. */
export function takeMail(outcome: Outcome, place: PlaceFacts, to: string, baseUrl: string, certificateLink?: string): Mail {
  const { subject, paragraphs, link } = lines(outcome, place, baseUrl, certificateLink);
  const { text, html } = renderMail({
    heading: subject,
    paragraphs: ["Beste bewoner,", ...paragraphs],
    action: { lead: "Kijk op de website.", label: outcome === "declined" ? "Andere plekken" : outcome === "came" ? "Bekijk uw bewijs" : "Bekijk de plek", url: link },
  });
  return { to, subject, text, html };
}

export function takeSms(outcome: Outcome, place: PlaceFacts, to: string, baseUrl: string, certificateLink?: string): Sms {
  const { paragraphs, link } = lines(outcome, place, baseUrl, certificateLink);
  return { to, text: `${paragraphs.join(" ")} ${link}` };
}

/** To the host: someone wants to help, or cannot come after all. No name: the host reads it on the page. */
export function hostMail(place: PlaceFacts, to: string, baseUrl: string, news: "taken" | "withdrawn" = "taken"): Mail {
  const subject = news === "taken" ? "Iemand wil helpen" : "Iemand kan toch niet helpen";
  const when = `${shortWhen(place.startsAt)} in ${place.wijkName}`;
  const { text, html } = renderMail({
    heading: subject,
    paragraphs:
      news === "taken"
        ? [`Iemand wil helpen op ${when}.`, `Laat binnen ${ANSWER_DAYS} dagen weten of het past.`]
        : [`Iemand heeft zich afgemeld voor ${when}. De plek is weer vrij.`],
    action: { lead: "Kijk op de website.", label: "Bekijk wie wil helpen", url: `${placeUrl(baseUrl, place)}/aanmeldingen` },
  });
  return { to, subject, text, html };
}
