"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { authorize, requireUser } from "@/lib/auth/guards";
import { formValues, invalidInput, runAction, type FormState } from "@/lib/forms/action-result";
import { publicPagesChanged } from "@/lib/page-cache/invalidate";
import { deliverMailAfterResponse } from "@/lib/mail/after-response";
import { applyTransition } from "../commands/transition";
import { initiatorTransitionSchema, transitionSchema } from "../schema";


function revalidateInitiative(id: number): void {
  publicPagesChanged.initiative(id);
  revalidatePath(`/initiatieven/${id}`);
  revalidatePath(`/beheer/initiatieven/${id}`);
  revalidatePath("/beheer/initiatieven");
  revalidatePath("/initiatieven");
  revalidatePath("/account");
  revalidatePath("/");
}

/** A buurtwerker's step: publish, send back, reject, assign a coach, start or finish. */
export async function staffTransitionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await runAction(values, async () => {
    const actor = await requireUser();
    const parsed = transitionSchema.safeParse(values);
    if (!parsed.success) return invalidInput(parsed.error, values);
    authorize(actor, "initiative:moderate");
    applyTransition(getDb(), { actor, ...parsed.data });
    return { ok: true };
  });
  if (!result.ok) return result;
  revalidateInitiative(Number(values.initiativeId));
  deliverMailAfterResponse();
  // The form of this step is gone once the status moved on, so the page itself says what happened.
  redirect(`/beheer/initiatieven/${Number(values.initiativeId)}?gedaan=${values.transition}`);
}

/** The initiator's own step: submit, resubmit or withdraw. Ownership is checked in the command. */
export async function initiatorTransitionAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await runAction(values, async () => {
    const actor = await requireUser();
    const parsed = initiatorTransitionSchema.safeParse(values);
    if (!parsed.success) return invalidInput(parsed.error, values);
    authorize(actor, "initiative:propose");
    applyTransition(getDb(), { actor, ...parsed.data });
    return { ok: true };
  });
  if (!result.ok) return result;
  revalidateInitiative(Number(values.initiativeId));
  deliverMailAfterResponse();
  redirect(`/initiatieven/${Number(values.initiativeId)}?bewaard=${values.transition === "withdraw" ? "ingetrokken" : "ingestuurd"}`);
}
