"use client";

import { Field, fieldA11y, INPUT_STYLES } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { Options } from "@/components/forms/options";
import { SubmitButton } from "@/components/forms/submit-button";
import { useServerForm } from "@/components/forms/use-server-form";
import { saveProfileAction } from "@/lib/accounts/actions/accounts";
import { DISPLAY_NAME_MAX } from "@/lib/accounts/fields";

type Props = {
  wijken: { id: number; name: string }[];
  initial: { displayName: string; wijkId: string };
  returnTo?: string;
  submitLabel: string;
};

export function ProfileForm({ wijken, initial, returnTo, submitLabel }: Props) {
  const { field, state, pending, errorOf, formProps } = useServerForm({
    schema: () => import("@/lib/accounts/schema").then((m) => m.profileSchema),
    action: saveProfileAction,
    defaultValues: initial,
  });
  const nameError = errorOf("displayName");
  const wijkError = errorOf("wijkId");
  return (
    <form {...formProps} className="space-y-4">
      {returnTo && <input type="hidden" name="terug" value={returnTo} />}
      <Field
        id="displayName"
        label="Uw naam op dit platform"
        hint={`Deze naam zien anderen bij uw ideeën en reacties. Uw echte naam hoeft niet. Hoogstens ${DISPLAY_NAME_MAX} tekens.`}
        error={nameError}
      >
        <input
          {...field("displayName")}
          {...fieldA11y("displayName", nameError, "hint")}
          autoComplete="nickname"
          maxLength={DISPLAY_NAME_MAX + 20}
          className={INPUT_STYLES}
        />
      </Field>
      <Field id="wijkId" label="Uw wijk (mag u leeg laten)" error={wijkError}>
        <select {...field("wijkId")} {...fieldA11y("wijkId", wijkError)} className={INPUT_STYLES}>
          <Options empty="Zeg ik liever niet" options={wijken} />
        </select>
      </Field>
      <FormStatus state={state} />
      <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
    </form>
  );
}
