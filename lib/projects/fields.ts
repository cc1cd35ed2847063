import type { FeedbackOutcome, ProjectPhase } from "@/db/enums";

// Limits and words of projects, zod-free so client components may import them.

export { FEEDBACK_OUTCOMES, PROJECT_PHASES, type FeedbackOutcome, type ProjectPhase } from "@/db/enums";

export const TITLE_MAX = 100;
export const SUMMARY_MAX = 400;
export const ASK_MAX = 200;
export const INVITED_MAX = 500;
export const DECISION_MAX = 1000;
export const TOPIC_MAX = 120;
export const REASON_MAX = 500;

export const PHASE_LABELS: Record<ProjectPhase, string> = {
  informeren: "Informeren",
  meedenken: "Meedenken",
  kiezen: "Kiezen",
  terugkoppelen: "Terugkoppelen",
  uitvoeren: "Uitvoeren",
};

/** What each phase means for a resident, in one line. */
export const PHASE_MEANING: Record<ProjectPhase, string> = {
  informeren: "Wij vertellen wat er gaat gebeuren.",
  meedenken: "U zegt wat u ervan vindt.",
  kiezen: "U kiest mee.",
  terugkoppelen: "Wij vertellen wat wij met uw mening doen.",
  uitvoeren: "Het werk wordt gedaan.",
};

export const OUTCOME_LABELS: Record<FeedbackOutcome, { word: string; picture: string }> = {
  overgenomen: { word: "Overgenomen", picture: "✅" },
  deels: { word: "Deels overgenomen", picture: "➗" },
  niet: { word: "Niet overgenomen", picture: "❌" },
};

export const IMAGE_ALT_MAX = 150;
export const POLL_QUESTION_MAX = 150;
export const POLL_OPTION_MAX = 60;
/** Options of a keuze: enough to choose from, few enough to see on a phone. */
export const POLL_OPTIONS_MAX = 8;

/** A way to reach someone without an account: an e-mail address (the longest there is) or a mobile number. */
export const REACH_MAX = 254;

export { CONTACT_CONSENT } from "@/db/consent";

/** What the stop button's answer says: at the form, or on /projecten/stoppen/gewist without JavaScript. */
export const CONTACT_STOPPED = "Gedaan. Wij hebben uw e-mailadres of nummer gewist. U krijgt geen bericht meer.";

/**
 * Contacts of a project are deleted this many months after its terugkoppelen phase ends (or its
 * last phase, when it has none): the one message they asked for has gone out by then.
 */
export const CONTACT_RETENTION_MONTHS = 3;
