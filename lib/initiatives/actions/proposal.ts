"use server";

import { getDb } from "@/db/client";
import { FieldRefusal } from "@/lib/platform/errors";
import { defineAction } from "@/lib/platform/forms/define-action";
import { changed } from "@/lib/platform/page-cache/changed";
import { createOnBehalf, createProposal, updateProposal, type PhotoChange } from "../commands/proposal";
import { deletePhoto, storePhoto, uploadedFile } from "../photo";
import { PHOTO_MAX_BYTES } from "../photo-rules";
import { unknownReferenceErrors } from "../queries/lists";
import { onBehalfSchema, proposalChangeSchema, proposalSchema } from "../schema";

/** The photo field: too big is said at once; after other errors it must be chosen again (browsers forget it). */
function photoErrors(formData: FormData, othersFailed: boolean) {
  const file = uploadedFile(formData.get("photo"));
  if (!file) return {};
  if (file.size > PHOTO_MAX_BYTES) return { photo: ["Deze foto is te groot. Kies een foto van hoogstens 5 MB."] };
  return othersFailed ? { photo: ["Kies de foto opnieuw; een browser onthoudt die niet."] } : {};
}

/** Stores the uploaded photo (if any), then saves; a failed save removes the new photo again. */
async function savingPhoto<T>(formData: FormData, removePhoto: boolean, save: (photo: PhotoChange) => T): Promise<T> {
  const file = uploadedFile(formData.get("photo"));
  if (!file) return save(removePhoto ? "remove" : "keep");
  const stored = await storePhoto(file);
  if (!stored.ok) throw new FieldRefusal("photo", stored.error);
  try {
    return save({ path: stored.name });
  } catch (error) {
    await deletePhoto(stored.name);
    throw error;
  }
}

const savedAs = (intent: "concept" | "submit") => (intent === "submit" ? "ingestuurd" : "concept");
const proposalForm = {
  check: ({ input }: { input: { wijkId: number; themeId: number } }) => unknownReferenceErrors(input),
  fileErrors: photoErrors,
  limit: "proposal",
} as const;

/** A resident proposes an idea: as a concept, or submitted to the buurtwerkers at once. */
export const proposeInitiativeAction = defineAction({
  ...proposalForm,
  schema: proposalSchema,
  permission: "initiative:propose",
  run: ({ input, user, formData }) =>
    savingPhoto(formData, input.removePhoto, (photo) => createProposal(getDb(), { user, proposal: input, photo })),
  // Not public yet, but counted in the figures.
  changed: ({ result }) => changed.initiative(result),
  redirect: ({ input, result }) => `/initiatieven/${result}?bewaard=${savedAs(input.intent)}`,
});

/** The initiator changes an idea that is a concept or was sent back, and may (re)submit it. */
export const updateInitiativeAction = defineAction({
  ...proposalForm,
  schema: proposalChangeSchema,
  permission: "initiative:propose",
  run: async ({ input, user, formData }) => {
    const { replacedPhoto } = await savingPhoto(formData, input.removePhoto, (photo) =>
      updateProposal(getDb(), { user, initiativeId: input.initiativeId, proposal: input, photo }),
    );
    await deletePhoto(replacedPhoto);
  },
  changed: ({ input }) => changed.initiative(input.initiativeId),
  redirect: ({ input }) => `/initiatieven/${input.initiativeId}?bewaard=${savedAs(input.intent)}`,
});

/** A buurtwerker registers an idea for a resident met on the street; it goes to the queue. */
export const proposeOnBehalfAction = defineAction({
  ...proposalForm,
  schema: onBehalfSchema,
  permission: "initiative:act-on-behalf",
  run: ({ input, user, formData }) =>
    savingPhoto(formData, input.removePhoto, (photo) => createOnBehalf(getDb(), { staff: user, proposal: input, photo })),
  changed: ({ result }) => changed.initiative(result),
  redirect: ({ result }) => `/beheer/initiatieven/${result}?bewaard=namens`,
});
