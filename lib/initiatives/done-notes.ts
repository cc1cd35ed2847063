/**
 * What a resident is told after a write on an idea's page: at the form with JavaScript, and after
 * the redirect without it (`?gelukt=<key>`, lib/platform/forms/done-notes.ts), in the part of the page the
 * key names.
 */
export const SUPPORT_NOTES = {
  steun: "Dank u wel! U steunt dit idee.",
  "steun-weg": "Uw steun is weggehaald.",
  hulp: "Dank u wel! De initiatiefnemer ziet dat u wilt helpen.",
} as const;
