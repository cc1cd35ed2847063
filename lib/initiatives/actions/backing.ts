"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { authorize, requireUser } from "@/lib/auth/guards";
import { limitWrite } from "@/lib/auth/write-limit";
import { formValues, invalidInput, runAction, type ActionResult, type FormState } from "@/lib/forms/action-result";
import { backInitiative, offerHelp, withdrawBacking } from "../commands/backing";
import { backingSchema, helpSchema } from "../schema";

function refresh(id: number): void {
  revalidatePath(`/initiatieven/${id}`);
  revalidatePath("/initiatieven");
}

/** After a change: the pages that show it are rendered again. */
function afterChange(result: ActionResult, values: Record<string, string>): void {
  if (result.ok) refresh(Number(values.initiativeId));
}

/** "Steunen": once per resident; a repeat answers with the current state. */
export async function backInitiativeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await runAction(values, async () => {
    const user = await requireUser();
    const parsed = backingSchema.safeParse(values);
    if (!parsed.success) return invalidInput(parsed.error, values);
    authorize(user, "initiative:back");
    await limitWrite("backing", user.id);
    backInitiative(getDb(), { userId: user.id, initiativeId: parsed.data.initiativeId });
    return { ok: true, message: "Dank u wel! U steunt dit idee." };
  });
  afterChange(result, values);
  return result;
}

/** Takes the own backing (and any offer of help) back. */
export async function withdrawBackingAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await runAction(values, async () => {
    const user = await requireUser();
    const parsed = backingSchema.safeParse(values);
    if (!parsed.success) return invalidInput(parsed.error, values);
    authorize(user, "initiative:back");
    await limitWrite("backing", user.id);
    withdrawBacking(getDb(), { userId: user.id, initiativeId: parsed.data.initiativeId });
    return { ok: true, message: "Uw steun is weggehaald." };
  });
  afterChange(result, values);
  return result;
}

/** "Ik help mee" with a short note that only the initiator and the coach see. */
export async function offerHelpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await runAction(values, async () => {
    const user = await requireUser();
    const parsed = helpSchema.safeParse(values);
    if (!parsed.success) return invalidInput(parsed.error, values);
    authorize(user, "initiative:back");
    await limitWrite("backing", user.id);
    offerHelp(getDb(), { userId: user.id, ...parsed.data });
    return { ok: true, message: "Dank u wel! De initiatiefnemer ziet dat u wilt helpen." };
  });
  afterChange(result, values);
  return result;
}
