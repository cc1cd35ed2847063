import type { Sms } from "@/lib/platform/sms/outbox";
import { fitTitle } from "@/lib/platform/sms/segments";
import type { CalendarActivity } from "./calendar";
import type { ActivityChange } from "./mails";
import { cancelUrl } from "./tokens";

/*
 * Text messages about a sign-up: short, B1, one segment where the title allows. Like the mails
 * they carry no text typed by the person who signed up (see mails.ts): only the activity's title,
 * time and place, which staff wrote, and our own links.
 */

const TIME_ZONE = "Europe/Amsterdam";
const dayFormat = new Intl.DateTimeFormat("nl-NL", { weekday: "short", day: "numeric", month: "short", timeZone: TIME_ZONE });
const timeFormat = new Intl.DateTimeFormat("nl-NL", { hour: "2-digit", minute: "2-digit", timeZone: TIME_ZONE });

/** "za 8 aug 17.00": short, and without characters outside the SMS alphabet. */
export function shortWhen(date: Date): string {
  return `${dayFormat.format(date).replace(/\./g, "")} ${timeFormat.format(date).replace(":", ".")}`;
}

/** The new cancel code and personal link that each message with a way to cancel carries. */
export type CancelProof = { token: string; code: string; baseUrl: string };

const cancelPart = (proof: CancelProof) => `Afmelden: ${cancelUrl(proof.baseUrl, proof.token)} (code ${proof.code})`;

const sms = (to: string, title: string, build: (title: string) => string): Sms => ({ to, text: fitTitle(title, build) });

/** "You have a place": after signing up, or after moving up from the waiting list. */
export function placeSms(activity: CalendarActivity, to: string, proof: CancelProof, promoted: boolean): Sms {
  const lead = promoted ? "Er is plek! U bent nu aangemeld" : "U bent aangemeld";
  return sms(to, activity.title, (title) => `${lead}: ${title}, ${shortWhen(activity.startsAt)}. ${cancelPart(proof)}`);
}

export function waitingListSms(activity: CalendarActivity, to: string, position: number, proof: CancelProof): Sms {
  return sms(to, activity.title, (title) => `Wachtlijst ${title}: u bent nummer ${position}. Plek vrij? Dan krijgt u een sms. ${cancelPart(proof)}`);
}

/** Someone signed up again with this number: only this message tells what the sign-up is. */
export function alreadySignedUpSms(activity: CalendarActivity, to: string, position: number | null, proof: CancelProof): Sms {
  const status = position === null ? "aangemeld" : `op de wachtlijst (nummer ${position})`;
  return sms(to, activity.title, (title) => `U was al ${status}: ${title}, ${shortWhen(activity.startsAt)}. ${cancelPart(proof)}`);
}

/** The same, when the code of the earlier message still works: no new code, so the owner's stays valid. */
export function alreadySignedUpNoCodeSms(activity: CalendarActivity, to: string, position: number | null): Sms {
  const status = position === null ? "aangemeld" : `op de wachtlijst (nummer ${position})`;
  return sms(to, activity.title, (title) => `U was al ${status}: ${title}, ${shortWhen(activity.startsAt)}. Afmelden kan met de link of de code uit uw vorige sms.`);
}

export function reminderSms(activity: CalendarActivity, to: string, proof: CancelProof): Sms {
  return sms(to, activity.title, (title) => `Tot ${shortWhen(activity.startsAt)}: ${title}, ${activity.address}. Toch niet? ${cancelPart(proof)}`);
}

export function signupCancelledSms(activity: CalendarActivity, to: string): Sms {
  return sms(to, activity.title, (title) => `U bent afgemeld voor ${title}, ${shortWhen(activity.startsAt)}. Jammer dat u niet komt.`);
}

/** Staff moved the activity: the new time and place, for everyone signed up or waiting. */
export function activityChangedSms(after: CalendarActivity, change: ActivityChange, to: string): Sms {
  const what = change.time && change.place ? "Nieuwe tijd en plek" : change.time ? "Nieuwe tijd" : "Nieuwe plek";
  return sms(to, after.title, (title) => `${what} voor ${title}: ${shortWhen(after.startsAt)}, ${after.address}. U hoeft niets te doen.`);
}

/** The text-message twin of activityPausedMail. */
export function activityPausedSms(activity: CalendarActivity, to: string, paused: boolean): Sms {
  return sms(to, activity.title, (title) =>
    paused
      ? `${title} (${shortWhen(activity.startsAt)}) staat even stil. Uw aanmelding blijft staan. U krijgt bericht.`
      : `${title} (${shortWhen(activity.startsAt)}) gaat weer door. Uw aanmelding staat nog.`,
  );
}

export function activityCancelledSms(activity: CalendarActivity, to: string): Sms {
  return sms(to, activity.title, (title) => `Helaas: ${title} (${shortWhen(activity.startsAt)}) gaat niet door. U hoeft niets te doen.`);
}
