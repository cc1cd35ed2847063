import { renderMail } from "@/lib/platform/mail/layout";
import type { Mail } from "@/lib/platform/mail/outbox";
import type { Sms } from "@/lib/platform/sms/outbox";
import type { PlaceFacts } from "@/lib/meedoen/messages";
import { shortWhen } from "@/lib/activities/sms";

/*
 * Messages of a trajectory. Another person may read a mail or a text message: none of them says
 * that someone is in a trajectory, nor names a client. The reminder to the coach says only that a
 * review is due.
 */

const placeUrl = (baseUrl: string, place: PlaceFacts) => `${baseUrl}/meedoen/${place.id}`;
const suggestion = (place: PlaceFacts) => `Wij denken dat deze plek om te helpen iets voor u is: op ${shortWhen(place.startsAt)} in ${place.wijkName}.`;

/** To the client: a place to help that may suit them. */
export function suggestionMail(place: PlaceFacts, to: string, baseUrl: string): Mail {
  const subject = "Een plek om te helpen voor u";
  const { text, html } = renderMail({
    heading: subject,
    paragraphs: ["Beste bewoner,", suggestion(place), "Lijkt het u wat? Meld u dan aan op de website."],
    action: { lead: "Kijk op de website.", label: "Bekijk de plek", url: placeUrl(baseUrl, place) },
  });
  return { to, subject, text, html };
}

export function suggestionSms(place: PlaceFacts, to: string, baseUrl: string): Sms {
  return { to, text: `${suggestion(place)} ${placeUrl(baseUrl, place)}` };
}

/** The code that opens /mijn-traject: neutral, as anyone may read it on the lock screen. */
export function codeSms(to: string, code: string, minutes: number): Sms {
  return { to, text: `Uw code voor Burgers maken Hrl-Nrd: ${code}. De code werkt ${minutes} minuten.` };
}

/** To the coach: one or more reviews are due. No name, no detail: those are behind the sign-in. */
export function reviewDueMail(to: string, baseUrl: string): Mail {
  const subject = "U heeft een evaluatie te doen";
  const { text, html } = renderMail({
    heading: subject,
    paragraphs: ["Beste coach,", "U heeft een evaluatie te doen. Log in om te zien welke."],
    action: { lead: "Log in op de website.", label: "Naar mijn deelnemers", url: `${baseUrl}/coach` },
  });
  return { to, subject, text, html };
}
