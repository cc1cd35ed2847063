/**
 * After a form posted without JavaScript succeeds, the action answers with a redirect (303) to the
 * page, with `?gelukt=<key>`; the page shows the fixed note of that key. Only keys of a fixed list
 * are shown, so the address can never put other text on the page.
 */
export const DONE_PARAM = "gelukt";

/**
 * The hidden field with which a form names itself (components/forms/form-status.tsx): after a
 * post without JavaScript the action sends the browser back to the form's page with that name as
 * the key, and the form shows its own fixed note there.
 */
export const FORM_ID_FIELD = "_form";

const FORM_ID = /^[a-z0-9-]{1,40}$/;

export function isFormId(value: unknown): value is string {
  return typeof value === "string" && FORM_ID.test(value);
}

/** The page's address with the key of its note, and the part of the page to scroll to. */
export function withDoneNote(path: string, key: string, anchor?: string): string {
  const joiner = path.includes("?") ? "&" : "?";
  return `${path}${joiner}${DONE_PARAM}=${encodeURIComponent(key)}${anchor ? `#${anchor}` : ""}`;
}

/** The note of the key in the address, or undefined for a missing or unknown key. */
export function doneNote<K extends string>(notes: Record<K, string>, value: string | string[] | undefined): string | undefined {
  const key = Array.isArray(value) ? value[0] : value;
  return key !== undefined && Object.hasOwn(notes, key) ? notes[key as K] : undefined;
}
