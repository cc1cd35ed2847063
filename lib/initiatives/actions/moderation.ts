"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { authorize, requireUser } from "@/lib/auth/guards";
import { limitWrite } from "@/lib/auth/write-limit";
import { publicPagesChanged } from "@/lib/page-cache/invalidate";
import { formValues, invalidInput, refusal, runAction, type ActionResult, type FormState } from "@/lib/forms/action-result";
import { addComment } from "../commands/comments";
import { registerPaperSupport } from "../commands/paper";
import { reportContent, reviewContent } from "../commands/reports";
import { commentSchema, paperSupportSchema, reportSchema, reviewSchema } from "../schema";

function refresh(id: number): void {
  publicPagesChanged.initiative(id);
  revalidatePath(`/initiatieven/${id}`);
  revalidatePath(`/beheer/initiatieven/${id}`);
  revalidatePath("/beheer/initiatieven");
  revalidatePath("/initiatieven");
}

/** After a change: the pages that show it are rendered again. */
function afterChange(result: ActionResult, values: Record<string, string>): void {
  if (result.ok) refresh(Number(values.initiativeId));
}

/** A signed-in resident reacts on a published idea. */
export async function addCommentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await runAction(values, async () => {
    const user = await requireUser();
    const parsed = commentSchema.safeParse(values);
    if (!parsed.success) return invalidInput(parsed.error, values);
    authorize(user, "initiative:comment");
    if (!user.displayName) {
      return refusal("Kies eerst een naam op uw accountpagina. Die naam staat bij uw reactie.", values);
    }
    await limitWrite("comment", user.id);
    addComment(getDb(), { userId: user.id, ...parsed.data });
    return { ok: true, message: "Uw reactie staat erbij." };
  });
  afterChange(result, values);
  return result;
}

/** Reports an idea or a comment, once per resident. */
export async function reportAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  let hidIdea = false;
  const result = await runAction(values, async () => {
    const user = await requireUser();
    const parsed = reportSchema.safeParse(values);
    if (!parsed.success) return invalidInput(parsed.error, values);
    authorize(user, "initiative:report");
    await limitWrite("report", user.id);
    const outcome = reportContent(getDb(), { reporterId: user.id, ...parsed.data });
    hidIdea = outcome.hidden && !parsed.data.commentId;
    return {
      ok: true,
      message: outcome.alreadyReported
        ? "U had dit al gemeld. Een buurtwerker kijkt ernaar."
        : "Dank u wel voor uw melding. Een buurtwerker kijkt ernaar.",
    };
  });
  afterChange(result, values);
  // A hidden idea has no page any more for the reporter: the list says what happened.
  if (hidIdea) redirect("/initiatieven?gemeld=1");
  return result;
}

/** A buurtwerker restores or hides an idea or comment, with a reason for the audit log. */
export async function reviewAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await runAction(values, async () => {
    const staff = await requireUser();
    const parsed = reviewSchema.safeParse(values);
    if (!parsed.success) return invalidInput(parsed.error, values);
    authorize(staff, parsed.data.commentId ? "comment:moderate" : "initiative:moderate");
    reviewContent(getDb(), { staffId: staff.id, ...parsed.data });
    return { ok: true };
  });
  if (!result.ok) return result;
  afterChange(result, values);
  // The form may be gone after the decision, so the page itself says what happened.
  redirect(`/beheer/initiatieven/${Number(values.initiativeId)}?beoordeeld=${values.decision === "hide" ? "verborgen" : "zichtbaar"}`);
}

/** A buurtwerker registers support collected on paper. */
export async function registerPaperSupportAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await runAction(values, async () => {
    const staff = await requireUser();
    const parsed = paperSupportSchema.safeParse(values);
    if (!parsed.success) return invalidInput(parsed.error, values);
    authorize(staff, "initiative:act-on-behalf");
    registerPaperSupport(getDb(), { staffId: staff.id, ...parsed.data });
    return { ok: true, message: `${parsed.data.count} op papier toegevoegd.` };
  });
  afterChange(result, values);
  return result;
}
