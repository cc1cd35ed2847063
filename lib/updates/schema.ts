import { z } from "zod";
import "@/lib/platform/forms/zod-dutch";
import { id } from "@/lib/platform/forms/fields";
import { HIDE_REASON_MAX, UPDATE_MAX } from "./fields";

/** A progress update by the initiator or the coach; the photos are checked beside it (files). */
export const updateSchema = z.object({
  initiativeId: id("Dit idee bestaat niet."),
  body: z
    .string({ error: "Schrijf wat er nieuw is." })
    .trim()
    .min(1, "Schrijf wat er nieuw is.")
    .max(UPDATE_MAX, `Maak uw bericht korter: hoogstens ${UPDATE_MAX} tekens.`),
});

/** Staff hide an update, with a reason for the audit log. */
export const hideUpdateSchema = z.object({
  initiativeId: id("Dit idee bestaat niet."),
  updateId: id("Dit bericht bestaat niet."),
  reason: z.string({ error: "Schrijf kort waarom." }).trim().min(1, "Schrijf kort waarom.").max(HIDE_REASON_MAX, `Maak de reden korter: hoogstens ${HIDE_REASON_MAX} tekens.`),
});
