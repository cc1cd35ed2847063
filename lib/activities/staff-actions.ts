"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { authorize, requireUser } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { formValues, invalidInput, runAction, type FormState } from "@/lib/forms/action-result";
import { deliverMailAfterResponse } from "@/lib/mail/after-response";
import { publicPagesChanged } from "@/lib/page-cache/invalidate";
import { parseId } from "@/lib/params";
import { atField } from "@/lib/forms/field-refusal";
import { activitySchema, seriesSchema, walkInSchema } from "./schema";
import { siteUrl } from "@/lib/site-url";
import { addWalkIn, cancelActivity, createActivity, createSeries, setCheckIn, setSeriesRule, updateActivity } from "./staff-commands";

const notFound = () => new AppError("not_found", "Deze activiteit bestaat niet (meer).");

function revalidateActivity(id: number) {
  publicPagesChanged.activity(id);
  revalidatePath("/activiteiten");
  revalidatePath(`/activiteiten/${id}`);
  revalidatePath("/beheer/activiteiten");
  revalidatePath(`/beheer/activiteiten/${id}`, "layout");
}

/** Check-ins and walk-ins change the figures on the public pages too. */
function revalidateStaffView(activityId: number) {
  publicPagesChanged.activity(activityId);
  revalidatePath(`/beheer/activiteiten/${activityId}`, "layout");
}

/** Creates a new activity, or saves the changes to an existing one (with `activityId`). */
export async function saveActivityAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  let savedId = 0;
  const result = await runAction(values, async () => {
    const actor = await requireUser();
    const parsed = activitySchema.safeParse(values);
    if (!parsed.success) return invalidInput(parsed.error, values);
    authorize(actor, "activity:manage");
    const existingId = values.activityId ? parseId(values.activityId) : null;
    if (values.activityId && !existingId) throw notFound();
    const baseUrl = siteUrl();
    const attempt = atField(values, () =>
      existingId
        ? (updateActivity(getDb(), { actorId: actor.id, activityId: existingId, data: parsed.data, baseUrl }), existingId)
        : createActivity(getDb(), { actorId: actor.id, data: parsed.data }),
    );
    if (!attempt.done) return attempt.result;
    savedId = attempt.value;
    return { ok: true };
  });
  if (!result.ok) return result;
  deliverMailAfterResponse();
  revalidateActivity(savedId);
  redirect(`/beheer/activiteiten/${savedId}`);
}

/** Calls an activity off; everyone signed up or waiting gets a mail. */
export async function cancelActivityAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const activityId = parseId(values.activityId ?? "");
  const result = await runAction(values, async () => {
    const actor = await requireUser();
    if (!activityId) throw notFound();
    authorize(actor, "activity:manage");
    const { mailed } = cancelActivity(getDb(), { actorId: actor.id, activityId });
    return { ok: true, message: `De activiteit is afgelast. ${mailed} mensen krijgen een mail.` };
  });
  if (result.ok && activityId) {
    deliverMailAfterResponse();
    revalidateActivity(activityId);
  }
  return result;
}

export async function createSeriesAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await runAction(values, async () => {
    const actor = await requireUser();
    const parsed = seriesSchema.safeParse(values);
    if (!parsed.success) return invalidInput(parsed.error, values);
    authorize(actor, "activity:manage");
    const attempt = atField(values, () => createSeries(getDb(), { actorId: actor.id, ...parsed.data }));
    return attempt.done ? { ok: true, message: `De reeks "${parsed.data.name}" is gemaakt.` } : attempt.result;
  });
  if (result.ok) {
    publicPagesChanged.everything();
    revalidatePath("/beheer/activiteiten");
  }
  return result;
}

/** Switches "one sign-up per e-mail address for the whole series" on or off. */
export async function setSeriesRuleAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await runAction(values, async () => {
    const actor = await requireUser();
    const seriesId = parseId(values.seriesId ?? "");
    if (!seriesId) throw new AppError("not_found", "Deze reeks bestaat niet (meer).");
    authorize(actor, "activity:manage");
    const oneSignupPerEmail = values.oneSignupPerEmail === "ja";
    setSeriesRule(getDb(), { actorId: actor.id, seriesId, oneSignupPerEmail });
    return { ok: true, message: oneSignupPerEmail ? "Nu: één aanmelding per e-mailadres." : "Nu: aanmelden voor meer datums mag." };
  });
  if (result.ok) {
    publicPagesChanged.everything();
    revalidatePath("/beheer/activiteiten");
  }
  return result;
}

/** Ticks or unticks that someone came. */
export async function checkInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const activityId = parseId(values.activityId ?? "");
  const result = await runAction(values, async () => {
    const actor = await requireUser();
    const signupId = parseId(values.signupId ?? "");
    if (!activityId || !signupId) throw new AppError("not_found", "Deze aanmelding bestaat niet (meer).");
    authorize(actor, "activity:manage");
    const present = values.present === "ja";
    setCheckIn(getDb(), { actorId: actor.id, activityId, signupId, present });
    return { ok: true, message: present ? "Binnen." : "Niet meer als binnen gemarkeerd." };
  });
  if (result.ok && activityId) revalidateStaffView(activityId);
  return result;
}

/** Adds people who came without signing up. */
export async function addWalkInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const activityId = parseId(values.activityId ?? "");
  const result = await runAction(values, async () => {
    const actor = await requireUser();
    if (!activityId) throw notFound();
    const parsed = walkInSchema.safeParse(values);
    if (!parsed.success) return invalidInput(parsed.error, values);
    authorize(actor, "activity:manage");
    addWalkIn(getDb(), { actorId: actor.id, activityId, ...parsed.data });
    return { ok: true, message: `${parsed.data.partySize} binnenlopers toegevoegd.` };
  });
  if (result.ok && activityId) revalidateStaffView(activityId);
  return result;
}
