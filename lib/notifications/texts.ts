import type { NotificationKind } from "@/db/enums";
import { siteUrl } from "@/lib/platform/site-url";
import { PROJECT_KINDS, STAFF_KINDS, topicOf } from "./topics";

export type NotificationText = { subject: string; lines: string[] };
type Payload = Record<string, string>;

const STATUS_NEWS: Record<string, string> = {
  in_uitvoering: "Het idee gaat van start. Het is nu in uitvoering.",
  gerealiseerd: "Het idee is gelukt!",
  ingetrokken: "De initiatiefnemer heeft het idee ingetrokken. Het gaat niet door.",
};

/** What one notification says, in B1: a subject and a few short lines. */
export function notificationText(kind: NotificationKind, p: Payload): NotificationText {
  const title = `"${p.title ?? "een idee"}"`;
  switch (kind) {
    case "update":
      return { subject: `Nieuws over ${title}`, lines: ["Er is nieuws over een idee dat u volgt:", p.body ?? ""] };
    case "status":
      return { subject: `${title}: ${p.statusLabel ?? "nieuwe stap"}`, lines: [STATUS_NEWS[p.status ?? ""] ?? "Het idee staat op een nieuwe stap.", p.note ?? ""] };
    case "activity_date":
      return { subject: `Nieuwe datum bij ${title}`, lines: [`Er is een nieuwe datum voor "${p.activity}": ${p.when}.`] };
    case "help":
      return { subject: `Iemand wil helpen met ${title}`, lines: [`${p.name} wil helpen met uw idee. Dit schreef ${p.name}:`, p.note ?? ""] };
    case "comment":
      return { subject: `Nieuwe reactie op ${title}`, lines: [`${p.name} heeft gereageerd:`, p.body ?? ""] };
    case "threshold":
      return { subject: `Genoeg steun voor ${title}`, lines: [`Goed nieuws: ${p.count} mensen steunen het idee. Dat is genoeg steun.`, "De buurtwerker kijkt nu hoe het verder gaat."] };
    case "submitted":
      return { subject: `Nieuw idee: ${p.title}`, lines: ["Er is een idee ingestuurd. Wilt u het bekijken?", `De bewoner krijgt uiterlijk op ${p.due} antwoord.`] };
    case "overdue":
      return { subject: `Wacht op antwoord: ${p.title}`, lines: [`De bewoner wacht nog op antwoord. Wij beloofden antwoord uiterlijk op ${p.due}.`] };
    case "money_requested":
      return { subject: `Vraag om geld: ${p.title}`, lines: ["De initiatiefnemer vraagt geld voor dit idee. Wilt u de begroting bekijken en advies geven?", `Geef uw advies uiterlijk op ${p.due}. Daarna beslist de beheerder.`] };
    case "money_advised":
      return { subject: `Advies over geld: ${p.title}`, lines: ["Een buurtwerker heeft advies gegeven over de vraag om geld. Nu beslist u: geld toekennen of niet.", `De initiatiefnemer krijgt uiterlijk op ${p.due} antwoord.`] };
    case "hidden":
      return { subject: `Verborgen na meldingen: ${p.title}`, lines: [`Bewoners hebben ${p.what} gemeld. Het is nu verborgen.`, "Kijk of het terug mag of verborgen blijft."] };
    case "project_feedback":
      return { subject: `Wat doen we met uw mening: ${p.title}`, lines: ["Dit doen wij met wat bewoners zeiden:", ...(p.points ?? "").split("\n")] };
    case "place_unanswered":
      return {
        subject: "Een bewoner wacht op antwoord",
        lines: [
          `${p.waiting === "1" ? "1 bewoner wacht" : `${p.waiting} bewoners wachten`} al ${p.days} dagen op antwoord over een plek om te helpen (${p.when}).`,
          "De gastheer of gastvrouw heeft nog geen ja of nee gezegd. Wilt u contact opnemen, of zelf ja of nee zeggen?",
        ],
      };
    case "project_phase":
      return {
        subject: `${p.title}: nu ${p.phase ?? "een nieuwe stap"}`,
        lines: [`Het project is in een nieuwe stap: ${p.phase}. ${p.meaning ?? ""}`.trim(), p.until ? `Deze stap duurt tot en met ${p.until}.` : "", p.ask ?? ""],
      };
  }
}

/**
 * Staff alerts link to the staff page of the idea, a waiting request to the place's requests;
 * everything else to its public page, or the project's.
 */
export function linkOf(row: { kind: NotificationKind; initiativeId: number | null; projectId: number | null; payload: Record<string, string> }): { label: string; url: string } {
  if (row.kind === "place_unanswered") return { label: "Bekijk wie wil helpen", url: `${siteUrl()}/meedoen/${row.payload.placeId}/aanmeldingen` };
  if (PROJECT_KINDS.includes(row.kind)) return { label: "Bekijk het project", url: `${siteUrl()}/projecten/${row.projectId}` };
  const url = row.initiativeId === null ? siteUrl() : STAFF_KINDS.includes(row.kind) ? `${siteUrl()}/beheer/initiatieven/${row.initiativeId}` : `${siteUrl()}/initiatieven/${row.initiativeId}`;
  return { label: "Bekijk het idee", url };
}

export const REASONS = {
  follow: "U krijgt deze mail omdat u dit idee volgt.",
  staff: "U krijgt deze mail omdat u initiatiefnemer, coach of buurtwerker bent.",
} as const;

/** Why this one mail came: project news says "dit project". */
export const reasonOf = (kind: NotificationKind): string =>
  PROJECT_KINDS.includes(kind) ? "U krijgt deze mail omdat u dit project volgt." : REASONS[topicOf(kind)];
