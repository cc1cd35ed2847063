"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { authorize, requireUser } from "@/lib/auth/guards";
import { limitWrite } from "@/lib/auth/write-limit";
import type { z } from "zod";
import { publicPagesChanged } from "@/lib/page-cache/invalidate";
import { formValues, invalidInput, runAction, type FormState } from "@/lib/forms/action-result";
import { backInitiative, offerHelp, withdrawBacking } from "../commands/backing";
import { backingSchema, helpSchema } from "../schema";

/**
 * The shared body of the three backing actions: signed in, valid input, allowed to back, within the
 * hourly limit, then one command; the pages that show the change are rendered again.
 */
async function backingAction<Input extends { initiativeId: number }>(
  formData: FormData,
  schema: z.ZodType<Input>,
  write: (input: Input & { userId: string }) => void,
  message: string,
): Promise<FormState> {
  const values = formValues(formData);
  const result = await runAction(values, async () => {
    const user = await requireUser();
    const parsed = schema.safeParse(values);
    if (!parsed.success) return invalidInput(parsed.error, values);
    authorize(user, "initiative:back");
    await limitWrite("backing", user.id);
    write({ ...parsed.data, userId: user.id });
    return { ok: true, message };
  });
  if (result.ok) {
    publicPagesChanged.initiative(Number(values.initiativeId));
    revalidatePath(`/initiatieven/${Number(values.initiativeId)}`);
    revalidatePath("/initiatieven");
  }
  return result;
}

/** "Steunen": once per resident; a repeat answers with the current state. */
export async function backInitiativeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return backingAction(
    formData,
    backingSchema,
    (input) => backInitiative(getDb(), { userId: input.userId, initiativeId: input.initiativeId }),
    "Dank u wel! U steunt dit idee.",
  );
}

/** Takes the own backing (and any offer of help) back. */
export async function withdrawBackingAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return backingAction(
    formData,
    backingSchema,
    (input) => withdrawBacking(getDb(), { userId: input.userId, initiativeId: input.initiativeId }),
    "Uw steun is weggehaald.",
  );
}

/** "Ik help mee" with a short note that only the initiator and the coach see. */
export async function offerHelpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  return backingAction(
    formData,
    helpSchema,
    (input) => offerHelp(getDb(), input),
    "Dank u wel! De initiatiefnemer ziet dat u wilt helpen.",
  );
}
