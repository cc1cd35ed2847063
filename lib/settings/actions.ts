"use server";

import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { getDb } from "@/db/client";
import { authorize, requireUser } from "@/lib/auth/guards";
import { atField } from "@/lib/forms/field-refusal";
import { formValues, invalidInput, runAction, type FormState } from "@/lib/forms/action-result";
import { publicPagesChanged } from "@/lib/page-cache/invalidate";
import { saveSettings, saveTheme, saveWijk } from "./commands";
import { settingsSchema, themeSchema, wijkSchema } from "./schema";

/** Settings, wijken and themes show on nearly every page (threshold, goal, filters, forms). */
function everythingChanged() {
  publicPagesChanged.everything();
  revalidatePath("/", "layout");
}

/** Parse, authorize, save (a refusal lands at its field), refresh: the same for every beheerder form here. */
async function saveAsBeheerder<Data, Saved>(
  formData: FormData,
  schema: z.ZodType<Data>,
  save: (actorId: string, data: Data) => Saved,
  saidAfter: (data: Data, saved: Saved) => string,
): Promise<FormState> {
  const values = formValues(formData);
  const result = await runAction(values, async () => {
    const actor = await requireUser();
    const parsed = schema.safeParse(values);
    if (!parsed.success) return invalidInput(parsed.error, values);
    authorize(actor, "settings:manage");
    const attempt = atField(values, () => save(actor.id, parsed.data));
    return attempt.done ? { ok: true, message: saidAfter(parsed.data, attempt.value) } : attempt.result;
  });
  if (result.ok) everythingChanged();
  return result;
}

/** The beheerder saves the support threshold, the goal and how long guests' data is kept. */
export async function saveSettingsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return saveAsBeheerder(
    formData,
    settingsSchema,
    (actorId, values) => saveSettings(getDb(), { actorId, values }),
    (_values, changed) => (changed.length ? "De instellingen zijn opgeslagen." : "Er was niets veranderd."),
  );
}

/** Adds a wijk, or renames one. */
export async function saveWijkAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return saveAsBeheerder(
    formData,
    wijkSchema,
    (actorId, data) => saveWijk(getDb(), { actorId, ...data }),
    (data) => (data.wijkId ? "De naam is aangepast." : `De wijk "${data.name}" is erbij gezet.`),
  );
}

/** Adds a theme, or changes the name and leefgebied of one. */
export async function saveThemeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return saveAsBeheerder(
    formData,
    themeSchema,
    (actorId, data) => saveTheme(getDb(), { actorId, ...data }),
    (data) => (data.themeId ? "Het thema is aangepast." : `Het thema "${data.name}" is erbij gezet.`),
  );
}
