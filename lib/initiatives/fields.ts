import type { ReportReason } from "@/db/enums";

/*
 * The limits and choices that the forms show before any check runs. Zod-free on purpose: client
 * components import this module, and zod is only loaded once a resident starts using a form.
 * schema.ts builds its checks from these same constants, so there is one source of truth.
 */

export const TITLE_MAX = 80;
export const PITCH_MAX = 200;
export const DESCRIPTION_MAX = 5000;
export const MONEY_MIN = 1;
export const MONEY_MAX = 25_000;
export const HELP_NOTE_MAX = 300;
export const COMMENT_MAX = 1000;
export const NOTE_MAX = 1000;
export const REPORT_NOTE_MAX = 500;
export const NAME_MAX = 80;
export const CONTACT_MAX = 120;
export const PAPER_COUNT_MAX = 1000;
export const PAPER_NAMES_MAX = 5000;
export const SEARCH_MAX = 100;

// Typed against the database enum, so a missing or extra reason fails the type check. The list is
// derived from these labels rather than imported from db/schema, which would pull the table
// definitions into the browser's JavaScript.
export const REPORT_REASON_LABELS: Record<ReportReason, string> = {
  spam: "Reclame of spam",
  kwetsend: "Kwetsend of gemeen",
  hoort_hier_niet: "Hoort hier niet",
};
export const REPORT_REASON_OPTIONS = Object.keys(REPORT_REASON_LABELS) as [ReportReason, ...ReportReason[]];
