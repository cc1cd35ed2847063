"use client";

import { useActionState } from "react";
import { Field, fieldA11y, INPUT_STYLES } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useServerForm } from "@/components/forms/use-server-form";
import { createSeriesAction, setSeriesRuleAction } from "@/lib/activities/actions/staff";
import { SERIES_NAME_MAX } from "@/lib/activities/fields";
import type { SeriesInput } from "@/lib/activities/schema";

const ONE_PER_EMAIL = "Eén aanmelding per e-mailadres voor de hele reeks";

export function CreateSeriesForm() {
  const { form, state, pending, errorOf, formProps } = useServerForm<SeriesInput>({
    schema: () => import("@/lib/activities/schema").then((m) => m.seriesSchema),
    action: createSeriesAction,
    defaultValues: { name: "", oneSignupPerEmail: false },
  });
  const nameError = errorOf("name");
  return (
    <form {...formProps} className="space-y-3">
      <Field id="series-name" label="Naam van de nieuwe reeks" error={nameError}>
        <input
          {...form.register("name")}
          {...fieldA11y("series-name", nameError)}
          defaultValue={String(form.formState.defaultValues?.name ?? "")}
          maxLength={SERIES_NAME_MAX + 10}
          className={INPUT_STYLES}
        />
      </Field>
      <div className="flex items-start gap-3">
        <input
          {...form.register("oneSignupPerEmail")}
          id="series-one"
          type="checkbox"
          value="ja"
          defaultChecked={form.formState.defaultValues?.oneSignupPerEmail === "ja"}
          className="mt-1 h-7 w-7 shrink-0"
        />
        <label htmlFor="series-one">{ONE_PER_EMAIL}</label>
      </div>
      <FormStatus state={state} done={{ id: "nieuwe-reeks", text: "De reeks is gemaakt." }} />
      <SubmitButton pending={pending} variant="secondary">
        Reeks maken
      </SubmitButton>
    </form>
  );
}

/** One button that switches the "one sign-up per e-mail address" rule of a series. */
export function SeriesRuleForm({ seriesId, name, oneSignupPerEmail }: { seriesId: number; name: string; oneSignupPerEmail: boolean }) {
  const [state, action, pending] = useActionState(setSeriesRuleAction, null);
  return (
    <form action={action} className="space-y-2">
      <input type="hidden" name="seriesId" value={seriesId} />
      <input type="hidden" name="oneSignupPerEmail" value={oneSignupPerEmail ? "nee" : "ja"} />
      <p>
        <strong>{name}</strong>: {oneSignupPerEmail ? "één aanmelding per e-mailadres." : "aanmelden voor meer datums mag."}
      </p>
      <SubmitButton pending={pending} variant="secondary">
        {oneSignupPerEmail ? `Meer datums toestaan bij ${name}` : `Eén datum per e-mailadres bij ${name}`}
      </SubmitButton>
      <FormStatus state={state} done={{ id: `reeks-${seriesId}`, text: "Opgeslagen." }} />
    </form>
  );
}
