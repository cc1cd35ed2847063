"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { getDb } from "@/db/client";
import { requirePermission } from "@/lib/auth/guards";
import { limitWrite } from "@/lib/auth/write-limit";
import { formValues, invalidInput, refusal, runAction, type ActionResult, type FormState } from "@/lib/forms/action-result";
import { deliverMailAfterResponse } from "@/lib/mail/after-response";
import { parseId } from "@/lib/params";
import { createOnBehalf, createProposal, updateProposal, type PhotoChange } from "../commands/proposal";
import { deletePhoto, storePhoto, uploadedFile } from "../photo";
import { PHOTO_MAX_BYTES } from "../photo-rules";
import { unknownReferenceErrors } from "../queries";
import { onBehalfSchema, proposalSchema } from "../schema";
import { publicPagesChanged } from "@/lib/page-cache/invalidate";

const PHOTO_TOO_BIG = "Deze foto is te groot. Kies een foto van hoogstens 5 MB.";
const PHOTO_AGAIN = "Kies de foto opnieuw; een browser onthoudt die niet.";

/**
 * Parses the whole form at once: the fields with the shared schema, the wijk and theme against
 * the database, and the photo's size; then counts the write against the hourly limit of `userId`
 * and stores the photo. Returns every field error together.
 */
async function parseWithPhoto<S extends typeof proposalSchema | typeof onBehalfSchema>(
  schema: S,
  formData: FormData,
  values: Record<string, string>,
  userId: string,
): Promise<{ ok: true; data: z.infer<S>; photo: PhotoChange } | { ok: false; result: ActionResult }> {
  const parsed = schema.safeParse(values);
  const file = uploadedFile(formData.get("photo"));
  const photoError = file && file.size > PHOTO_MAX_BYTES ? PHOTO_TOO_BIG : undefined;
  if (!parsed.success) {
    const result = invalidInput(parsed.error, values);
    if (!result.ok && (photoError || file)) result.fieldErrors.photo = [photoError ?? PHOTO_AGAIN];
    return { ok: false, result };
  }
  const references = unknownReferenceErrors(parsed.data);
  if (photoError) references.photo = [photoError];
  if (Object.keys(references).length > 0) {
    return { ok: false, result: refusal("Niet alles is goed ingevuld. Kijk de velden met een melding na.", values, references) };
  }
  await limitWrite("proposal", userId);
  if (!file) return { ok: true, data: parsed.data as z.infer<S>, photo: parsed.data.removePhoto ? "remove" : "keep" };
  const stored = await storePhoto(file);
  if (!stored.ok) return { ok: false, result: refusal(stored.error, values, { photo: [stored.error] }) };
  return { ok: true, data: parsed.data as z.infer<S>, photo: { path: stored.name } };
}

/** Runs a save that stores a photo; a failed save removes the new photo again. */
async function withPhotoCleanup<T>(photo: PhotoChange, save: () => T): Promise<T> {
  try {
    return save();
  } catch (error) {
    if (typeof photo === "object") await deletePhoto(photo.path);
    throw error;
  }
}

const savedMessage = (intent: "concept" | "submit") => (intent === "submit" ? "ingestuurd" : "concept");

/** A resident proposes an idea: as a concept, or submitted to the buurtwerkers at once. */
export async function proposeInitiativeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  let saved: { id: number; intent: "concept" | "submit" } | undefined;
  const result = await runAction(values, async () => {
    // Authorized before the photo is read, so a refused caller never gets a file stored.
    const user = await requirePermission("initiative:propose");
    const parsed = await parseWithPhoto(proposalSchema, formData, values, user.id);
    if (!parsed.ok) return parsed.result;
    const id = await withPhotoCleanup(parsed.photo, () => createProposal(getDb(), { user, proposal: parsed.data, photo: parsed.photo }));
    saved = { id, intent: parsed.data.intent };
    return { ok: true };
  });
  if (!result.ok || !saved) return result;
  // Not public yet, but counted in the figures.
  publicPagesChanged.initiative(saved.id);
  deliverMailAfterResponse();
  revalidatePath("/account");
  redirect(`/initiatieven/${saved.id}?bewaard=${savedMessage(saved.intent)}`);
}

/** The initiator changes an idea that is a concept or was sent back, and may (re)submit it. */
export async function updateInitiativeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const initiativeId = parseId(values.initiativeId ?? "");
  let intent: "concept" | "submit" | undefined;
  const result = await runAction(values, async () => {
    const user = await requirePermission("initiative:propose");
    if (!initiativeId) return refusal("Dit idee bestaat niet (meer).", values);
    const parsed = await parseWithPhoto(proposalSchema, formData, values, user.id);
    if (!parsed.ok) return parsed.result;
    const { replacedPhoto } = await withPhotoCleanup(parsed.photo, () =>
      updateProposal(getDb(), { user, initiativeId, proposal: parsed.data, photo: parsed.photo }),
    );
    await deletePhoto(replacedPhoto);
    intent = parsed.data.intent;
    return { ok: true };
  });
  if (!result.ok || !intent || !initiativeId) return result;
  publicPagesChanged.initiative(initiativeId);
  deliverMailAfterResponse();
  revalidatePath("/account");
  redirect(`/initiatieven/${initiativeId}?bewaard=${savedMessage(intent)}`);
}

/** A buurtwerker registers an idea for a resident met on the street; it goes to the queue. */
export async function proposeOnBehalfAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  let id: number | undefined;
  const result = await runAction(values, async () => {
    const staff = await requirePermission("initiative:act-on-behalf");
    const parsed = await parseWithPhoto(onBehalfSchema, formData, values, staff.id);
    if (!parsed.ok) return parsed.result;
    id = await withPhotoCleanup(parsed.photo, () => createOnBehalf(getDb(), { staff, proposal: parsed.data, photo: parsed.photo }));
    return { ok: true };
  });
  if (!result.ok || !id) return result;
  publicPagesChanged.initiative(id);
  deliverMailAfterResponse();
  revalidatePath("/beheer/initiatieven");
  redirect(`/beheer/initiatieven/${id}?bewaard=namens`);
}
