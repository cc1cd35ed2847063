"use client";

import { Field, fieldA11y, INPUT_STYLES } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useServerForm } from "@/components/forms/use-server-form";
import { addWalkInAction } from "@/lib/activities/actions/staff";
import { WALK_IN_NAME_MAX } from "@/lib/activities/fields";
import type { WalkInInput } from "@/lib/activities/schema";

/** People who came without signing up: a number, and a name if they like. */
export function WalkInForm({ activityId }: { activityId: number }) {
  const { form, state, pending, errorOf, formProps } = useServerForm<WalkInInput>({
    schema: () => import("@/lib/activities/schema").then((m) => m.walkInSchema),
    action: addWalkInAction,
    defaultValues: { name: "", partySize: "1" },
  });
  const defaults = form.formState.defaultValues ?? {};
  const sizeError = errorOf("partySize");
  const nameError = errorOf("name");
  return (
    <form {...formProps} className="space-y-3">
      <input type="hidden" name="activityId" value={activityId} />
      <Field id="walkin-size" label="Hoeveel personen komen binnen?" error={sizeError}>
        <input
          {...form.register("partySize")}
          {...fieldA11y("walkin-size", sizeError)}
          defaultValue={String(defaults.partySize ?? "")}
          inputMode="numeric"
          className={`${INPUT_STYLES} max-w-32 text-2xl`}
        />
      </Field>
      <Field id="walkin-name" label="Naam (mag u leeg laten)" error={nameError}>
        <input
          {...form.register("name")}
          {...fieldA11y("walkin-name", nameError)}
          defaultValue={String(defaults.name ?? "")}
          maxLength={WALK_IN_NAME_MAX + 10}
          className={INPUT_STYLES}
        />
      </Field>
      <FormStatus state={state} done={{ id: "binnenloper", text: "Opgeslagen. De bezoeker staat op de lijst." }} />
      <SubmitButton pending={pending}>Binnenlopers toevoegen</SubmitButton>
    </form>
  );
}
