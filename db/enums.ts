// The fixed value lists of the schema. This file imports nothing, so every layer (and the browser)
// can use it without pulling in the table definitions.

export const ROLES = ["bewoner", "buurtwerker", "alliantie", "beheerder", "projectteam", "participatiecoach"] as const;
export type Role = (typeof ROLES)[number];

export const LEEFGEBIEDEN = ["gezond-sociaal-veilig", "onderwijs-werk", "wonen-ruimte"] as const;
export type Leefgebied = (typeof LEEFGEBIEDEN)[number];

export const INITIATIVE_STATUSES = [
  "concept",
  "ingediend",
  "teruggestuurd",
  "zoekt_steun",
  "in_uitvoering",
  "gerealiseerd",
  "afgewezen",
  "ingetrokken",
] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

/** Statuses the public sees: published or further. These count towards the goal of 150. */
export const PUBLIC_STATUSES = ["zoekt_steun", "in_uitvoering", "gerealiseerd"] as const satisfies readonly InitiativeStatus[];

export function isPublicStatus(status: InitiativeStatus): boolean {
  return (PUBLIC_STATUSES as readonly InitiativeStatus[]).includes(status);
}

export const SIGNUP_STATUSES = ["bevestigd", "wachtlijst", "geannuleerd"] as const;
export type SignupStatus = (typeof SIGNUP_STATUSES)[number];

/**
 * Whether an activity may be shown: staff's own are "goedgekeurd" at once; an initiator's first one
 * waits ("wacht") for a buurtwerker, who may also say no ("afgewezen") or pause any ("gepauzeerd").
 */
export const ACTIVITY_APPROVALS = ["wacht", "goedgekeurd", "afgewezen", "gepauzeerd"] as const;
export type ActivityApproval = (typeof ACTIVITY_APPROVALS)[number];

export const REPORT_REASONS = ["spam", "kwetsend", "hoort_hier_niet"] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

/** How a person wants notifications of one kind: each at once, in the Monday digest, or not at all. */
export const NOTIFY_CHOICES = ["direct", "weekly", "never"] as const;
export type NotifyChoice = (typeof NOTIFY_CHOICES)[number];

export const NOTIFICATION_KINDS = ["update", "status", "activity_date", "help", "comment", "threshold", "submitted", "overdue", "hidden", "money_requested", "money_advised", "project_feedback", "project_phase", "place_unanswered"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** The phases of a project, in their order; a project may skip some. */
export const PROJECT_PHASES = ["informeren", "meedenken", "kiezen", "terugkoppelen", "uitvoeren"] as const;
export type ProjectPhase = (typeof PROJECT_PHASES)[number];

/** What the team did with one point residents raised ("wat doen we ermee"). */
export const FEEDBACK_OUTCOMES = ["overgenomen", "deels", "niet"] as const;
export type FeedbackOutcome = (typeof FEEDBACK_OUTCOMES)[number];

/** The kinds of question of a vragenlijst (lib/surveys/). */
export const QUESTION_KINDS = ["smiley", "een", "meer", "janee", "tekst", "verder"] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** How an answer came in: on the site, or on paper entered by a buurtwerker. */
/** What a survey belongs to (lib/surveys/ knows nothing more of it). */
export const SURVEY_OWNER_KINDS = ["project", "activity", "monitor"] as const;
export type SurveyOwnerKind = (typeof SURVEY_OWNER_KINDS)[number];

export const RESPONSE_SOURCES = ["online", "papier"] as const;
export type ResponseSource = (typeof RESPONSE_SOURCES)[number];

export const AGE_GROUPS = ["0-17", "18-26", "27-44", "45-66", "67+"] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];
/** A taken place to help: waiting for the host, accepted, or declined. */
export const HELP_TAKE_STATUSES = ["aangemeld", "geaccepteerd", "afgewezen"] as const;
export type HelpTakeStatus = (typeof HELP_TAKE_STATUSES)[number];

/** The kinds of participation trajectory (lib/trajectories/). */
export const TRAJECTORY_KINDS = ["vrijwillig", "tegenprestatie", "sociale_activering"] as const;
export type TrajectoryKind = (typeof TRAJECTORY_KINDS)[number];

/** How a trajectory ended. */
export const TRAJECTORY_OUTCOMES = ["trede_omhoog", "betaald_werk", "gestopt", "anders"] as const;
export type TrajectoryOutcome = (typeof TRAJECTORY_OUTCOMES)[number];
