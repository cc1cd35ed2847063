"use server";

import { getDb } from "@/db/client";
import type { Role } from "@/db/enums";
import { deletePhoto, storePhoto, uploadedFile } from "@/lib/initiatives/photo";
import { PHOTO_MAX_BYTES } from "@/lib/initiatives/photo-rules";
import { FieldRefusal } from "@/lib/platform/errors";
import { defineAction } from "@/lib/platform/forms/define-action";
import { changed } from "@/lib/platform/page-cache/changed";
import { assertRunsProject } from "../commands/access";
import { addPollOption, removePollOption, savePoll, setProjectImage } from "../commands/poll";
import { pollOptionRefSchema, pollOptionSchema, pollSchema, projectImageSchema } from "../schema";

// The team's keuze and the project's picture; every command checks that the caller runs this project.

const team = { permission: "project:manage" } as const;

/** An upload is refused for another team's project before its file is even looked at (the command checks again). */
const teamFirst = ({ input, user }: { input: { projectId: number }; user: { id: string; role: Role } }) => {
  assertRunsProject(getDb(), user, input.projectId);
  return {};
};
const projectInInput = ({ input }: { input: { projectId: number } }) => changed.project(input.projectId);

/** The one photo of a form ("photo"): required, checked by size here and by content when stored. */
const photoErrors = (formData: FormData, othersFailed: boolean) => {
  const file = uploadedFile(formData.get("photo"));
  if (!file) return { photo: ["Kies een foto."] };
  if (file.size > PHOTO_MAX_BYTES) return { photo: ["Deze foto is te groot. Kies een foto van hoogstens 5 MB."] };
  // A browser forgets a chosen file after an error.
  return othersFailed ? { photo: ["Kies de foto opnieuw; een browser onthoudt die niet."] } : {};
};

/** Stores the photo, runs the command with its name, and removes it again if the command refuses. */
async function withStoredPhoto<T>(formData: FormData, command: (name: string) => T): Promise<T> {
  const stored = await storePhoto(uploadedFile(formData.get("photo"))!);
  if (!stored.ok) throw new FieldRefusal("photo", stored.error);
  try {
    return command(stored.name);
  } catch (error) {
    await deletePhoto(stored.name);
    throw error;
  }
}

export const setProjectImageAction = defineAction({
  ...team,
  schema: projectImageSchema,
  check: teamFirst,
  fileErrors: photoErrors,
  run: async ({ input, user, formData }) => {
    const old = await withStoredPhoto(formData, (image) => setProjectImage(getDb(), { actor: user, projectId: input.projectId, image, imageAlt: input.imageAlt }));
    await deletePhoto(old);
  },
  changed: projectInInput,
  message: () => "De foto staat bij het project.",
});

export const savePollAction = defineAction({
  ...team,
  schema: pollSchema,
  run: ({ input, user }) => savePoll(getDb(), { actor: user, ...input }),
  changed: projectInInput,
  message: () => "De vraag van de keuze is opgeslagen. Voeg nu de mogelijkheden toe, elk met een foto.",
});

export const addPollOptionAction = defineAction({
  ...team,
  schema: pollOptionSchema,
  check: teamFirst,
  fileErrors: photoErrors,
  run: ({ input, user, formData }) => withStoredPhoto(formData, (photo) => addPollOption(getDb(), { actor: user, projectId: input.projectId, label: input.label, photo })),
  changed: projectInInput,
  message: () => "De mogelijkheid staat in de keuze.",
});

export const removePollOptionAction = defineAction({
  ...team,
  schema: pollOptionRefSchema,
  run: async ({ input, user }) => deletePhoto(removePollOption(getDb(), { actor: user, ...input })),
  changed: projectInInput,
  message: () => "De mogelijkheid is weg.",
});
