import "server-only";
import { headers } from "next/headers";
import { safeReturnPath } from "@/lib/platform/auth/return-path";
import { siteUrl } from "@/lib/platform/site-url";
import { DONE_PARAM, FORM_ID_FIELD, isFormId, withDoneNote } from "./done-notes";

/**
 * Where a form that names itself (`_form`) goes after a successful post without JavaScript: back
 * to the page it was posted from, with its name as the note's key. Only a page of this site
 * counts; without a usable Referer (or a form without a name) the page is rendered as before.
 */
export async function backToForm(values: Record<string, string>): Promise<string | null> {
  const formId = values[FORM_ID_FIELD];
  if (!isFormId(formId)) return null;
  return formPageFrom((await headers()).get("referer"), formId);
}

/** The form's page from the Referer, with the note of `formId`; null for another site or garbage. */
export function formPageFrom(referer: string | null, formId: string): string | null {
  if (!referer) return null;
  let from: URL;
  try {
    from = new URL(referer);
  } catch {
    return null;
  }
  if (from.origin !== new URL(siteUrl()).origin) return null;
  from.searchParams.delete(DONE_PARAM);
  const path = safeReturnPath(`${from.pathname}${from.search}`);
  return path === `${from.pathname}${from.search}` ? withDoneNote(path, formId, `gelukt-${formId}`) : null;
}
