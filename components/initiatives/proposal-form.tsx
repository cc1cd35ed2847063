"use client";

import type { z } from "zod";
import { FormStatus } from "@/components/forms/form-status";
import type { Option } from "@/components/forms/options";
import { SubmitButton } from "@/components/forms/submit-button";
import { useServerForm } from "@/components/forms/use-server-form";
import { proposeInitiativeAction, updateInitiativeAction } from "@/lib/initiatives/actions/proposal";
import type { SimilarIdea } from "@/lib/initiatives/queries/similar";
import { EMPTY_PROPOSAL, ProposalFields, type ProposalValues } from "./proposal-fields";
import { SimilarIdeas } from "./similar-ideas";

/**
 * A new idea, or changing one (with `initiativeId`): save as concept or submit. With `similar`
 * (a new idea) published ideas that look like the typed title are shown below it.
 */
export function ProposalForm({
  wijken,
  themes,
  initiativeId,
  initial = EMPTY_PROPOSAL,
  currentPhotoUrl,
  resubmit = false,
  similar,
}: {
  wijken: Option[];
  themes: Option[];
  initiativeId?: number;
  initial?: ProposalValues;
  currentPhotoUrl?: string | null;
  resubmit?: boolean;
  similar?: SimilarIdea[];
}) {
  const { form, state, pending, errorOf, formProps } = useServerForm<ProposalValues>({
    // The schema's input is loose (it coerces form text); the browser's values are ProposalValues.
    schema: () => import("@/lib/initiatives/schema").then((m) => m.proposalSchema as unknown as z.ZodType<unknown, ProposalValues>),
    action: initiativeId ? updateInitiativeAction : proposeInitiativeAction,
    defaultValues: initial,
  });
  const values = { ...initial, ...(state && !state.ok ? state.values : {}) } as ProposalValues;
  return (
    <form {...formProps} className="space-y-5">
      {initiativeId && <input type="hidden" name="initiativeId" value={initiativeId} />}
      <ProposalFields
        register={form.register} errorOf={errorOf} values={values} wijken={wijken} themes={themes} currentPhotoUrl={currentPhotoUrl}
        afterTitle={similar && <SimilarIdeas control={form.control} initial={similar} />}
      />
      <FormStatus state={state} />
      <p>Als u insturt, leest een buurtwerker uw idee. U krijgt binnen 5 werkdagen antwoord.</p>
      <div className="flex flex-wrap gap-3">
        <SubmitButton pending={pending} name="intent" value="submit">
          {resubmit ? "Opnieuw insturen" : "Insturen"}
        </SubmitButton>
        <SubmitButton pending={pending} name="intent" value="concept" variant="secondary">
          Bewaren als concept
        </SubmitButton>
      </div>
    </form>
  );
}
