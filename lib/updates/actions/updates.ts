"use server";

import { getDb } from "@/db/client";
import { defineAction } from "@/lib/platform/forms/define-action";
import { deletePhoto, storePhoto, uploadedFile } from "@/lib/initiatives/photo";
import { PHOTO_MAX_BYTES } from "@/lib/initiatives/photo-rules";
import { FieldRefusal } from "@/lib/platform/errors";
import { changed } from "@/lib/platform/page-cache/changed";
import { hideUpdate, postUpdate } from "../commands/updates";
import { UPDATE_PHOTOS_MAX } from "../fields";
import { hideUpdateSchema, updateSchema } from "../schema";

const photosOf = (formData: FormData) => formData.getAll("photos").map(uploadedFile).filter((file): file is File => file !== null);

/** Stores every photo (same rules as a proposal's), or none: a refused one removes those stored. */
async function storePhotos(files: File[]): Promise<string[]> {
  const stored: string[] = [];
  for (const file of files) {
    const result = await storePhoto(file);
    if (!result.ok) {
      await Promise.all(stored.map(deletePhoto));
      throw new FieldRefusal("photos", result.error);
    }
    stored.push(result.name);
  }
  return stored;
}

/** The initiator or the coach posts news on the idea's timeline, with up to 4 photos. */
export const postUpdateAction = defineAction({
  schema: updateSchema,
  permission: "initiative:post-update",
  limit: "update",
  fileErrors: (formData, othersFailed) => {
    const files = photosOf(formData);
    if (files.length > UPDATE_PHOTOS_MAX) return { photos: [`Kies hoogstens ${UPDATE_PHOTOS_MAX} foto's.`] };
    if (files.some((file) => file.size > PHOTO_MAX_BYTES)) return { photos: ["Een foto is te groot. Kies foto's van hoogstens 5 MB."] };
    // A browser forgets chosen files after an error.
    return othersFailed && files.length ? { photos: ["Kies de foto's opnieuw; een browser onthoudt die niet."] } : {};
  },
  run: async ({ input, user, formData }) => {
    const photos = await storePhotos(photosOf(formData));
    try {
      return postUpdate(getDb(), { ...input, userId: user.id, photos });
    } catch (error) {
      await Promise.all(photos.map(deletePhoto));
      throw error;
    }
  },
  changed: ({ input }) => changed.initiative(input.initiativeId),
  message: () => "Uw nieuws staat erbij. Wie het idee volgt, hoort het.",
});

/** Staff hide a progress update, like a comment. */
export const hideUpdateAction = defineAction({
  schema: hideUpdateSchema,
  permission: "comment:moderate",
  run: ({ input, user }) => hideUpdate(getDb(), { ...input, staffId: user.id }),
  changed: ({ input }) => changed.initiative(input.initiativeId),
  message: () => "Het bericht is verborgen.",
});
