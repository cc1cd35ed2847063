import type { Role } from "@/db/enums";
import { ROLE_LABELS } from "@/lib/platform/auth/permissions";
import { formatEuros } from "@/lib/platform/money";

/** One logbook record with the names the page needs (see listAuditLog). */
export type AuditEntry = {
  id: number;
  createdAt: Date;
  actorName: string | null;
  actorRole: Role | null;
  action: string;
  targetType: string;
  targetId: string;
  details: Record<string, unknown> | null;
  targetUserName: string | null;
  initiativeTitle: string | null;
  activityId: number | null;
  activityTitle: string | null;
  commentInitiativeId: number | null;
};

export type AuditLine = { sentence: string; link: { href: string; label: string } | null };

const role = (value: unknown) => (typeof value === "string" && value in ROLE_LABELS ? ROLE_LABELS[value as Role].toLowerCase() : "?");
const people = (n: unknown) => (n === 1 ? "1 persoon" : `${Number(n) || 0} mensen`);
const quoted = (text: string | null | undefined) => `"${text ?? "(verwijderd)"}"`;
const text = (value: unknown) => (typeof value === "string" ? value : "");

const INITIATIVE_STEPS: Record<string, string> = {
  publish: "zette het idee %s online",
  send_back: "stuurde het idee %s terug naar de bewoner",
  reject: "wees het idee %s af",
  assign_coach: "koos een coach voor het idee %s",
  start: "zette het idee %s op in uitvoering",
  finish: "zette het idee %s op gerealiseerd",
  submit: "stuurde het idee %s in",
  resubmit: "stuurde het idee %s opnieuw in",
  withdraw: "trok het idee %s in",
  hidden: "verborg het idee %s",
  restored: "zette het idee %s weer zichtbaar",
  created_on_behalf: "voerde het idee %s in voor een bewoner",
  paper_support: "voegde steun op papier toe aan het idee %s",
};

/** The fund's steps on an idea, in the logbook's words. */
const MONEY_STEPS: Record<string, string> = {
  "fund.requested": "verstuurde een vraag om geld",
  "fund.advised": "schreef een advies over geld",
  "fund.granted": "kende geld toe",
  "fund.refused": "wees de vraag om geld af",
  "fund.paid": "betaalde een deel uit",
  "fund.spent": "gaf uitgaven op",
  "fund.returned": "betaalde geld terug",
  "budget_line.added": "zette een regel in de begroting",
  "budget_line.removed": "haalde een regel uit de begroting",
  "result.saved": "schreef wat er bereikt is",
};

/** A buurtwerker's decisions on an initiator's activity, in the logbook's words. */
const ORGANIZER_STEPS: Record<string, string> = {
  "activity.approved": "zei ja tegen",
  "activity.refused": "zei nee tegen",
  "activity.paused": "pauzeerde",
  "activity.resumed": "zette weer op de website:",
  "activity.restored": "zette na meldingen weer zichtbaar:",
};

/** A project's steps in the logbook's words. */
const PROJECT_STEPS: Record<string, string> = {
  updated: "paste een project aan",
  team_set: "koos het team van een project",
  meeting_linked: "koppelde een bijeenkomst aan een project",
  meeting_unlinked: "haalde een bijeenkomst weg bij een project",
  feedback_added: "schreef bij een project wat wij met de inbreng doen",
  feedback_removed: "haalde een punt weg bij wat wij met de inbreng doen",
  feedback_sent: "stuurde wat wij met de inbreng doen naar wie het project volgt",
  image_set: "zette een foto bij een project",
  poll_saved: "zette de keuze van een project klaar",
  poll_option_added: "voegde een mogelijkheid toe aan de keuze van een project",
  poll_option_removed: "haalde een mogelijkheid weg uit de keuze van een project",
};

/** A vragenlijst's steps in the logbook's words. */
const SURVEY_STEPS: Record<string, string> = {
  question_added: "zette een vraag in een vragenlijst",
  question_removed: "haalde een vraag uit een vragenlijst",
  paper_entered: "voerde antwoorden op papier in",
};

const projectLink = (id: unknown) => ({ href: `/beheer/projecten/${Number(id)}`, label: "Naar het project" });
const placeLink = (id: unknown) => (Number(id) > 0 ? { href: `/meedoen/${Number(id)}/aanmeldingen`, label: "Naar de plek om te helpen" } : null);

/** Who did it: "Anna (beheerder)"; a removed account shows as such. */
function who(entry: AuditEntry): string {
  if (entry.details?.automatic) return "De website (automatisch)";
  if (!entry.actorName && !entry.actorRole) return "Iemand van wie het account weg is";
  return `${entry.actorName ?? "(geen naam)"}${entry.actorRole ? ` (${role(entry.actorRole)})` : ""}`;
}

/** The plain Dutch sentence for one logbook record, and a link to what it is about. */
export function auditLine(entry: AuditEntry): AuditLine {
  const d = entry.details ?? {};
  const actor = who(entry);
  const initiativeLink = (id: number | string | null | undefined) =>
    id ? { href: `/beheer/initiatieven/${id}`, label: `Naar het idee ${quoted(entry.initiativeTitle)}` } : null;
  const activityLink = entry.activityId
    ? { href: `/beheer/activiteiten/${entry.activityId}`, label: `Naar de activiteit ${quoted(entry.activityTitle)}` }
    : null;
  const [domain, verb] = entry.action.split(".") as [string, string];

  if (domain === "initiative" && INITIATIVE_STEPS[verb]) {
    let sentence = `${actor} ${INITIATIVE_STEPS[verb].replace("%s", quoted(entry.initiativeTitle))}`;
    if (verb === "created_on_behalf" && d.residentName) sentence = `${actor} voerde het idee ${quoted(entry.initiativeTitle)} in voor ${text(d.residentName)}`;
    if (verb === "paper_support") sentence += `: ${Number(d.count) || 0} keer`;
    if (d.reason) sentence += `. Reden: ${text(d.reason)}`;
    else if (d.note && verb !== "paper_support") sentence += `. Bericht: ${text(d.note)}`;
    return { sentence: `${sentence}.`, link: initiativeLink(entry.targetId) };
  }
  switch (entry.action) {
    case "user.role_changed":
      return {
        sentence: `${actor} maakte ${entry.targetUserName ?? "een gebruiker"} ${role(d.to)} in plaats van ${role(d.from)}.`,
        link: entry.targetUserName ? { href: `/beheer/gebruikers?q=${encodeURIComponent(entry.targetUserName)}`, label: `Naar ${entry.targetUserName}` } : null,
      };
    case "user.blocked":
    case "user.unblocked":
      return {
        sentence: `${actor} ${entry.action === "user.blocked" ? "blokkeerde" : "haalde de blokkade weg van"} ${entry.targetUserName ?? "een account"}.${d.reason ? ` Reden: ${text(d.reason)}.` : ""}`,
        link: { href: "/beheer/blokkeren", label: "Naar blokkeren" },
      };
    case "update.hidden":
      return {
        sentence: `${actor} verborg nieuws bij een idee.${d.reason ? ` Reden: ${text(d.reason)}.` : ""}`,
        link: initiativeLink(d.initiativeId as number | undefined),
      };
    case "fund.created":
    case "fund.changed":
      return {
        sentence: `${actor} ${entry.action === "fund.created" ? "maakte een fonds" : "paste een fonds aan"}: ${quoted(text(d.name ?? (d.after as Record<string, unknown> | undefined)?.name))}.`,
        link: { href: "/beheer/fondsen", label: "Naar de fondsen" },
      };
    case "fund.budget_set":
      return {
        sentence: `${actor} zette het budget van een fonds voor ${Number(d.year) || "een jaar"} op ${formatEuros(Number(d.afterCents) || 0)}.`,
        link: { href: "/beheer/fondsen", label: "Naar de fondsen" },
      };
    case "fund.requested":
    case "fund.advised":
    case "fund.granted":
    case "fund.refused":
    case "fund.paid":
    case "fund.spent":
    case "fund.returned":
    case "budget_line.added":
    case "budget_line.removed":
    case "result.saved": {
      const amount = d.amountCents !== undefined ? ` (${formatEuros(Number(d.amountCents) || 0)})` : "";
      const reason = d.reason ? ` Reden: ${text(d.reason)}.` : "";
      return { sentence: `${actor} ${MONEY_STEPS[entry.action]} bij het idee ${quoted(entry.initiativeTitle)}${amount}.${reason}`, link: initiativeLink(entry.targetId) };
    }
    case "account.deleted":
      return { sentence: `Iemand (${role(d.role)}) verwijderde het eigen account. ${people(d.signupsCancelled)} afgemeld voor activiteiten.`, link: null };
    case "comment.hidden":
    case "comment.restored":
      return {
        sentence: `${actor} ${entry.action === "comment.hidden" ? "verborg" : "zette weer zichtbaar:"} een reactie bij het idee ${quoted(entry.initiativeTitle)}.${d.reason ? ` Reden: ${text(d.reason)}.` : ""}`,
        link: initiativeLink(entry.commentInitiativeId ?? (d.initiativeId as number | undefined)),
      };
    case "activity.created":
      return { sentence: `${actor} maakte de activiteit ${quoted(entry.activityTitle ?? text(d.title))}.`, link: activityLink };
    case "activity.updated": {
      const places = d.placesBefore !== d.placesAfter ? ` Plekken: ${Number(d.placesBefore)} werd ${Number(d.placesAfter)}.` : "";
      const promoted = Number(d.promoted) > 0 ? ` ${people(d.promoted)} van de wachtlijst kregen een plek.` : "";
      const mailed = d.mailed ? ` ${people(d.mailed)} kregen een mail of sms over de nieuwe tijd of plek.` : "";
      return { sentence: `${actor} paste de activiteit ${quoted(entry.activityTitle)} aan.${places}${promoted}${mailed}`, link: activityLink };
    }
    case "activity.organized":
      return { sentence: `${actor} maakte de activiteit ${quoted(entry.activityTitle)} voor het eigen idee${d.approval === "wacht" ? "; die wacht op een ja van een buurtwerker" : "; die staat meteen op de website"}.`, link: activityLink };
    case "activity.approved":
    case "activity.refused":
    case "activity.paused":
    case "activity.resumed":
    case "activity.restored": {
      const reason = d.reason ? ` Reden: ${text(d.reason)}.` : "";
      return { sentence: `${actor} ${ORGANIZER_STEPS[entry.action]} de activiteit ${quoted(entry.activityTitle)}.${reason}`, link: activityLink };
    }
    case "activity.message_sent":
      return { sentence: `${actor} stuurde als organisator een bericht over ${quoted(entry.activityTitle)} aan ${people(d.reached)}.`, link: activityLink };
    case "activity.cancelled":
      return { sentence: `${actor} gelastte de activiteit ${quoted(entry.activityTitle)} af. ${people(d.mailed)} kregen een mail of sms.`, link: activityLink };
    case "signup.checked_in":
      return { sentence: `${actor} zette een aanmelding bij ${quoted(entry.activityTitle)} op gekomen.`, link: activityLink };
    case "signup.check_in_undone":
      return { sentence: `${actor} haalde "gekomen" weg bij een aanmelding voor ${quoted(entry.activityTitle)}.`, link: activityLink };
    case "signup.walk_in_added":
      return { sentence: `${actor} telde ${people(d.partySize)} zonder aanmelding bij ${quoted(entry.activityTitle)}.`, link: activityLink };
    case "signup.added_on_behalf":
      return {
        sentence: `${actor} meldde een bewoner aan voor ${quoted(entry.activityTitle)}, met toestemming van de bewoner${d.existing ? " (was al aangemeld)" : ""}.`,
        link: activityLink,
      };
    case "series.created":
      return { sentence: `${actor} maakte de reeks ${quoted(text(d.name))}.`, link: { href: "/beheer/activiteiten", label: "Naar de activiteiten" } };
    case "series.rule_changed":
      return {
        sentence: `${actor} veranderde de regel van een reeks: ${d.oneSignupPerEmail ? "één aanmelding per e-mailadres" : "meer aanmeldingen per e-mailadres mogen"}.`,
        link: { href: "/beheer/activiteiten", label: "Naar de activiteiten" },
      };
    case "settings.changed":
      return { sentence: `${actor} veranderde de instellingen: ${Object.keys(d).join(", ")}.`, link: { href: "/beheer/instellingen", label: "Naar de instellingen" } };
    case "wijk.added":
      return { sentence: `${actor} voegde de wijk ${quoted(text(d.name))} toe.`, link: { href: "/beheer/instellingen", label: "Naar de instellingen" } };
    case "wijk.renamed":
      return { sentence: `${actor} gaf de wijk ${quoted(text(d.from))} de naam ${quoted(text(d.to))}.`, link: { href: "/beheer/instellingen", label: "Naar de instellingen" } };
    case "theme.added":
      return { sentence: `${actor} voegde het thema ${quoted(text(d.name))} toe.`, link: { href: "/beheer/instellingen", label: "Naar de instellingen" } };
    case "theme.changed": {
      const to = (d.to ?? {}) as Record<string, unknown>;
      return { sentence: `${actor} paste het thema ${quoted(text(to.name))} aan.`, link: { href: "/beheer/instellingen", label: "Naar de instellingen" } };
    }
    case "help_place.offered":
      return { sentence: `${actor} bood een plek om te helpen aan voor ${people(d.places)}.`, link: placeLink(entry.targetId) };
    case "help_take.geaccepteerd":
    case "help_take.afgewezen":
      return { sentence: `${actor} ${entry.action === "help_take.geaccepteerd" ? "zei ja tegen" : "zei nee tegen"} een vrijwilliger.`, link: placeLink(d.placeId) };
    case "help_take.attendance":
      return { sentence: `${actor} zette bij een vrijwilliger: ${d.came ? "gekomen" : "niet gekomen"}.`, link: placeLink(d.placeId) };
    case "project.created":
      return { sentence: `${actor} maakte het project ${quoted(text(d.title))}.`, link: projectLink(entry.targetId) };
    case "project.updated":
    case "project.team_set":
    case "project.meeting_linked":
    case "project.meeting_unlinked":
    case "project.feedback_added":
    case "project.feedback_removed":
    case "project.feedback_sent":
    case "project.image_set":
    case "project.poll_saved":
    case "project.poll_option_added":
    case "project.poll_option_removed":
      return { sentence: `${actor} ${PROJECT_STEPS[verb]}${verb === "feedback_sent" ? `: ${people(d.mailed)} kregen een mail` : ""}.`, link: projectLink(entry.targetId) };
    case "survey.question_added":
    case "survey.question_removed":
    case "survey.paper_entered":
      return { sentence: `${actor} ${SURVEY_STEPS[verb]}.`, link: { href: "/beheer/projecten", label: "Naar de projecten" } };
    case "monitor.round_set":
      return { sentence: `${actor} zette de buurtmonitor ${entry.targetId} open van ${text(d.opensOn)} tot en met ${text(d.closesOn)}.`, link: { href: "/beheer/buurtmonitor", label: "Naar de buurtmonitor" } };
    case "dossier.worked":
      // Deliberately without target: the logbook never says whose file it was (docs/trajectories.md).
      return { sentence: `${actor} werkte in een dossier.`, link: null };
    case "population.saved":
      return { sentence: `${actor} vulde de aantallen inwoners per wijk en leeftijd in (bron: ${quoted(text(d.source))}).`, link: { href: "/beheer/projecten/inwoners", label: "Naar de inwoners" } };
  }
  return { sentence: `${actor} deed iets dat het logboek nog niet in woorden kent (${entry.action}).`, link: null };
}
