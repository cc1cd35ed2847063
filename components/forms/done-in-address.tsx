"use client";

import { useSearchParams } from "next/navigation";
import { DONE_PARAM } from "@/lib/platform/forms/done-notes";
import { DoneNote } from "./done-note";

/** The form's own fixed note, when the address names this form (`?gelukt=<id>`) after a post without JavaScript. */
export function DoneInAddress({ id, text }: { id: string; text: string }) {
  return useSearchParams().get(DONE_PARAM) === id ? <DoneNote note={text} id={`gelukt-${id}`} /> : null;
}
