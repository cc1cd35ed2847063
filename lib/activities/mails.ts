import { formatActivityTime } from "@/lib/platform/format";
import { renderMail } from "@/lib/platform/mail/layout";
import type { Mail } from "@/lib/platform/mail/outbox";
import { calendarFile, type CalendarActivity } from "./calendar";
import { cancelUrl } from "./tokens";

/**
 * Nobody has confirmed a guest's address, and a guest's name is free text (links and all): a
 * stranger could type "Confirm within 24h: https://..." as the name and have us mail it to anyone.
 * So these mails carry no text typed by the person who signed up, only what staff wrote.
 */
type Recipient = { email: string; partySize: number };

const GREETING = "Beste bewoner,";

const people = (n: number) => (n === 1 ? "1 persoon" : `${n} personen`);

function details(activity: CalendarActivity): string[] {
  return [
    `Wanneer: ${formatActivityTime(activity.startsAt, activity.endsAt)}`,
    `Waar: ${activity.address}, ${activity.wijkName}`,
  ];
}

function icsAttachment(activity: CalendarActivity, baseUrl: string) {
  return { filename: "activiteit.ics", contentType: "text/calendar", content: calendarFile([activity], baseUrl) };
}

/** "You have a place": after signing up, or after moving up from the waiting list. */
export function placeMail(
  activity: CalendarActivity,
  to: Recipient,
  token: string,
  baseUrl: string,
  promoted: boolean,
): Mail {
  const { text, html } = renderMail({
    heading: promoted ? `Goed nieuws: u heeft een plek!` : `U bent aangemeld voor ${activity.title}`,
    paragraphs: [
      GREETING,
      promoted
        ? `Er is een plek vrijgekomen. U stond op de wachtlijst voor ${activity.title}. Nu bent u aangemeld.`
        : `Fijn dat u komt! U bent aangemeld voor ${activity.title}.`,
      ...details(activity),
      `U komt met ${people(to.partySize)}.`,
      "In de bijlage zit een agenda-bestand. Open het om de activiteit in uw agenda te zetten.",
    ],
    action: {
      lead: "Kunt u toch niet komen? Meld u dan af. Dan krijgt iemand anders uw plek.",
      label: "Afmelden",
      url: cancelUrl(baseUrl, token),
    },
    afterAction: promoted ? ["Gebruik deze mail om u af te melden. De link uit een eerdere mail werkt niet meer."] : [],
  });
  return {
    to: to.email,
    subject: promoted ? `U heeft een plek: ${activity.title}` : `U bent aangemeld: ${activity.title}`,
    text,
    html,
    attachments: [icsAttachment(activity, baseUrl)],
  };
}

/** Two days before: time, place, the calendar file and the personal cancel link. */
export function reminderMail(activity: CalendarActivity, to: Recipient, token: string, baseUrl: string): Mail {
  const { text, html } = renderMail({
    heading: `Tot overmorgen: ${activity.title}`,
    paragraphs: [
      GREETING,
      `Over twee dagen is ${activity.title}. U bent aangemeld met ${people(to.partySize)}.`,
      ...details(activity),
      "In de bijlage zit een agenda-bestand.",
      "De afmeldlink uit een eerdere mail werkt niet meer. Gebruik die uit deze mail.",
    ],
    action: { lead: "Kunt u niet? Meld u af, dan krijgt iemand op de wachtlijst uw plek.", label: "Afmelden", url: cancelUrl(baseUrl, token) },
  });
  return { to: to.email, subject: `Herinnering: ${activity.title}`, text, html, attachments: [icsAttachment(activity, baseUrl)] };
}

export function waitingListMail(
  activity: CalendarActivity,
  to: Recipient,
  position: number,
  token: string,
  baseUrl: string,
): Mail {
  const { text, html } = renderMail({
    heading: `U staat op de wachtlijst voor ${activity.title}`,
    paragraphs: [
      GREETING,
      `${activity.title} is vol. U staat op de wachtlijst. U bent nummer ${position}.`,
      "Komt er een plek vrij? Dan krijgt u meteen een mail. U hoeft niets te doen.",
      ...details(activity),
      `U wilt komen met ${people(to.partySize)}.`,
    ],
    action: { lead: "Wilt u niet meer op de wachtlijst staan? Meld u dan af.", label: "Afmelden", url: cancelUrl(baseUrl, token) },
  });
  return { to: to.email, subject: `Wachtlijst: ${activity.title}`, text, html };
}

/**
 * Someone signed up again with an address that already has a sign-up (here, or for another date of
 * a one-per-address series). The form answered as for a new sign-up; only this mail, to the address
 * itself, tells what the sign-up is.
 */
export function alreadySignedUpMail(
  activity: CalendarActivity,
  to: Recipient,
  position: number | null,
  token: string,
  baseUrl: string,
): Mail {
  const { text, html } = renderMail({
    heading: `U was al aangemeld voor ${activity.title}`,
    paragraphs: [
      GREETING,
      `Iemand wilde u aanmelden voor ${activity.title} met dit e-mailadres. Maar u was al aangemeld. Er is niets veranderd.`,
      ...details(activity),
      position === null
        ? `U komt met ${people(to.partySize)}.`
        : `U staat op de wachtlijst. U bent nummer ${position}. U wilt komen met ${people(to.partySize)}.`,
      "Gebruik de link in deze mail. De link uit een eerdere mail werkt niet meer.",
      "Was u dit niet zelf? Dan hoeft u niets te doen.",
    ],
    action: { lead: "Wilt u iets veranderen? Meld u dan af en meld u opnieuw aan.", label: "Afmelden", url: cancelUrl(baseUrl, token) },
  });
  return { to: to.email, subject: `U was al aangemeld: ${activity.title}`, text, html };
}

export function signupCancelledMail(activity: CalendarActivity, to: Recipient): Mail {
  const { text, html } = renderMail({
    heading: "U bent afgemeld",
    paragraphs: [
      GREETING,
      `U bent afgemeld voor ${activity.title} (${formatActivityTime(activity.startsAt, activity.endsAt)}).`,
      "Jammer dat u niet komt. Misschien tot een volgende keer!",
    ],
  });
  return { to: to.email, subject: `Afgemeld: ${activity.title}`, text, html };
}

/** What staff changed that people who come need to know: the time, the place, or both. */
export type ActivityChange = { time: boolean; place: boolean };

export function changeOf(before: CalendarActivity, after: CalendarActivity): ActivityChange | null {
  const time = before.startsAt.getTime() !== after.startsAt.getTime() || before.endsAt.getTime() !== after.endsAt.getTime();
  const place = before.address !== after.address || before.wijkName !== after.wijkName;
  return time || place ? { time, place } : null;
}

/** Staff moved the activity to another time or place: everyone signed up or waiting hears it. */
export function activityChangedMail(
  before: CalendarActivity,
  after: CalendarActivity,
  change: ActivityChange,
  to: Recipient & { waiting: boolean },
  baseUrl: string,
): Mail {
  const what = change.time && change.place ? "de tijd en de plek zijn" : change.time ? "de tijd is" : "de plek is";
  const { text, html } = renderMail({
    heading: `Let op: ${what} veranderd`,
    paragraphs: [
      GREETING,
      `Er is iets veranderd aan ${after.title}: ${what} veranderd. Zo is het nu:`,
      ...details(after),
      `Eerst was het: ${formatActivityTime(before.startsAt, before.endsAt)}, ${before.address}.`,
      to.waiting
        ? "U staat nog op de wachtlijst. Komt er een plek vrij? Dan krijgt u meteen een mail."
        : "U bent nog steeds aangemeld. U hoeft niets te doen. In de bijlage zit het nieuwe agenda-bestand.",
      "Kunt u nu niet meer? Meld u dan af met de link in de mail die u eerder van ons kreeg. Dan krijgt iemand anders uw plek.",
    ],
  });
  return {
    to: to.email,
    subject: `Veranderd: ${after.title}`,
    text,
    html,
    ...(to.waiting ? {} : { attachments: [icsAttachment(after, baseUrl)] }),
  };
}

/** An activity a buurtwerker paused (an initiator's own, e.g. after a question about it) or started again. */
export function activityPausedMail(activity: CalendarActivity, to: Recipient, paused: boolean): Mail {
  const { text, html } = renderMail({
    heading: paused ? `${activity.title} staat even stil` : `${activity.title} gaat weer door`,
    paragraphs: paused
      ? [
          GREETING,
          `${activity.title} staat even stil. Een buurtwerker kijkt er nog naar.`,
          ...details(activity),
          "Uw aanmelding blijft staan. U krijgt bericht als het weer doorgaat of als het niet doorgaat. U hoeft niets te doen.",
        ]
      : [GREETING, `Goed nieuws: ${activity.title} gaat weer door. Uw aanmelding staat nog.`, ...details(activity), "U hoeft niets te doen."],
  });
  return { to: to.email, subject: paused ? `Staat even stil: ${activity.title}` : `Gaat weer door: ${activity.title}`, text, html };
}

export function activityCancelledMail(activity: CalendarActivity, to: Recipient): Mail {
  const { text, html } = renderMail({
    heading: `${activity.title} gaat niet door`,
    paragraphs: [
      GREETING,
      `Helaas: ${activity.title} gaat niet door. Het spijt ons.`,
      ...details(activity),
      "U hoeft niets te doen. Kijk op de website voor andere activiteiten in de buurt.",
    ],
  });
  return { to: to.email, subject: `Gaat niet door: ${activity.title}`, text, html };
}
