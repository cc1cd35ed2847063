"use server";

import { revalidatePath } from "next/cache";
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

/** The beheerder saves the support threshold, the goal and how long guests' data is kept. */
export async function saveSettingsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await runAction(values, async () => {
    const actor = await requireUser();
    const parsed = settingsSchema.safeParse(values);
    if (!parsed.success) return invalidInput(parsed.error, values);
    authorize(actor, "settings:manage");
    const changed = saveSettings(getDb(), { actorId: actor.id, values: parsed.data });
    return { ok: true, message: changed.length ? "De instellingen zijn opgeslagen." : "Er was niets veranderd." };
  });
  if (result.ok) everythingChanged();
  return result;
}

/** Adds a wijk, or renames one. */
export async function saveWijkAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await runAction(values, async () => {
    const actor = await requireUser();
    const parsed = wijkSchema.safeParse(values);
    if (!parsed.success) return invalidInput(parsed.error, values);
    authorize(actor, "settings:manage");
    const attempt = atField(values, () => saveWijk(getDb(), { actorId: actor.id, ...parsed.data }));
    if (!attempt.done) return attempt.result;
    return { ok: true, message: parsed.data.wijkId ? "De naam is aangepast." : `De wijk "${parsed.data.name}" is erbij gezet.` };
  });
  if (result.ok) everythingChanged();
  return result;
}

/** Adds a theme, or changes the name and leefgebied of one. */
export async function saveThemeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await runAction(values, async () => {
    const actor = await requireUser();
    const parsed = themeSchema.safeParse(values);
    if (!parsed.success) return invalidInput(parsed.error, values);
    authorize(actor, "settings:manage");
    const attempt = atField(values, () => saveTheme(getDb(), { actorId: actor.id, ...parsed.data }));
    if (!attempt.done) return attempt.result;
    return { ok: true, message: parsed.data.themeId ? "Het thema is aangepast." : `Het thema "${parsed.data.name}" is erbij gezet.` };
  });
  if (result.ok) everythingChanged();
  return result;
}
