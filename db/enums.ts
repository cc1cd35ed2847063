// The fixed value lists of the schema. This file imports nothing, so every layer (and the browser)
// can use it without pulling in the table definitions.

export const ROLES = ["bewoner", "buurtwerker", "alliantie", "beheerder"] as const;
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

export const SIGNUP_STATUSES = ["bevestigd", "wachtlijst", "geannuleerd"] as const;
export type SignupStatus = (typeof SIGNUP_STATUSES)[number];

export const REPORT_REASONS = ["spam", "kwetsend", "hoort_hier_niet"] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

/** How a person wants notifications of one kind: each at once, in the Monday digest, or not at all. */
export const NOTIFY_CHOICES = ["direct", "weekly", "never"] as const;
export type NotifyChoice = (typeof NOTIFY_CHOICES)[number];

export const NOTIFICATION_KINDS = ["update", "status", "activity_date", "help", "comment", "threshold", "submitted", "overdue", "hidden"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** A taken place to help: waiting for the host, accepted, or declined. */
export const HELP_TAKE_STATUSES = ["aangemeld", "geaccepteerd", "afgewezen"] as const;
export type HelpTakeStatus = (typeof HELP_TAKE_STATUSES)[number];
