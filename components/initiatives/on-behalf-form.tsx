"use client";

import type { UseFormRegister } from "react-hook-form";
import type { z } from "zod";
import { Field, fieldA11y, INPUT_STYLES } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import type { Option } from "@/components/forms/options";
import { SubmitButton } from "@/components/forms/submit-button";
import { useServerForm } from "@/components/forms/use-server-form";
import { proposeOnBehalfAction } from "@/lib/initiatives/actions/proposal";
import { CONTACT_MAX, NAME_MAX } from "@/lib/initiatives/fields";
import { AgreedCheckbox } from "@/components/forms/agreed-checkbox";
import { EMPTY_PROPOSAL, ProposalFields, type ProposalValues } from "./proposal-fields";

type OnBehalfValues = ProposalValues & { residentName: string; residentContact: string; residentAgreed: boolean | string };

const EMPTY: OnBehalfValues = { ...EMPTY_PROPOSAL, residentName: "", residentContact: "", residentAgreed: false };

/** A buurtwerker types in the idea of a resident met on the street. */
export function OnBehalfForm({ wijken, themes }: { wijken: Option[]; themes: Option[] }) {
  const { form, state, pending, errorOf, formProps } = useServerForm<OnBehalfValues>({
    schema: () => import("@/lib/initiatives/schema").then((m) => m.onBehalfSchema as unknown as z.ZodType<unknown, OnBehalfValues>),
    action: proposeOnBehalfAction,
    defaultValues: EMPTY,
  });
  const values = { ...EMPTY, ...(state && !state.ok ? state.values : {}) } as OnBehalfValues;
  const nameError = errorOf("residentName");
  const contactError = errorOf("residentContact");
  const agreedError = errorOf("residentAgreed");
  return (
    <form {...formProps} className="space-y-5">
      <fieldset className="space-y-4 rounded-xl border-2 border-brand-light p-4">
        <legend className="px-1 text-xl font-bold">De bewoner</legend>
        <Field
          id="residentName"
          label="Naam van de bewoner"
          hint={`Iedereen ziet deze naam bij het idee. Een voornaam is genoeg. Hoogstens ${NAME_MAX} tekens.`}
          error={nameError}
        >
          <input {...form.register("residentName")} {...fieldA11y("residentName", nameError, "hint")} defaultValue={values.residentName} className={INPUT_STYLES} />
        </Field>
        <Field
          id="residentContact"
          label="E-mail of telefoon (mag u leeg laten)"
          hint={`Met een e-mailadres krijgt de bewoner de berichten over het idee. Hoogstens ${CONTACT_MAX} tekens.`}
          error={contactError}
        >
          <input
            {...form.register("residentContact")}
            {...fieldA11y("residentContact", contactError, "hint")}
            defaultValue={values.residentContact}
            className={INPUT_STYLES}
          />
        </Field>
        <AgreedCheckbox registered={form.register("residentAgreed")} id="residentAgreed" value={values.residentAgreed} error={agreedError}>
          De bewoner vindt het goed dat ik dit idee voor hem of haar invoer.
        </AgreedCheckbox>
      </fieldset>
      <ProposalFields
        register={form.register as unknown as UseFormRegister<ProposalValues>}
        errorOf={errorOf}
        values={values}
        wijken={wijken}
        themes={themes}
      />
      <FormStatus state={state} />
      <SubmitButton pending={pending}>
        Idee insturen namens de bewoner
      </SubmitButton>
    </form>
  );
}
