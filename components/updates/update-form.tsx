"use client";

import type { z } from "zod";
import { Field, fieldA11y, INPUT_STYLES } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useServerForm } from "@/components/forms/use-server-form";
import { PHOTO_ACCEPT } from "@/lib/initiatives/photo-rules";
import { postUpdateAction } from "@/lib/updates/actions/updates";
import { UPDATE_MAX, UPDATE_PHOTOS_MAX } from "@/lib/updates/fields";

type UpdateValues = { initiativeId: string; body: string };

/** The initiator or the coach tells followers what is new, with up to 4 photos. The page gives it a new key after each update. */
export function UpdateForm({ initiativeId }: { initiativeId: number }) {
  const { form, state, pending, errorOf, formProps } = useServerForm<UpdateValues>({
    schema: () => import("@/lib/updates/schema").then((m) => m.updateSchema as unknown as z.ZodType<unknown, UpdateValues>),
    action: postUpdateAction,
    defaultValues: { initiativeId: String(initiativeId), body: "" },
  });
  const bodyError = errorOf("body");
  const photoError = errorOf("photos");
  return (
    <form {...formProps} className="space-y-3">
      <input type="hidden" {...form.register("initiativeId")} value={initiativeId} />
      <Field id="updateBody" label="Wat is er nieuw?" hint={`Iedereen kan dit lezen. Wie het idee volgt, krijgt bericht. Hoogstens ${UPDATE_MAX} tekens.`} error={bodyError}>
        <textarea
          {...form.register("body")}
          {...fieldA11y("updateBody", bodyError, "hint")}
          defaultValue={state && !state.ok ? state.values?.body : ""}
          rows={4}
          className={INPUT_STYLES}
        />
      </Field>
      <Field id="photos" label={`Foto's (mag u leeg laten, hoogstens ${UPDATE_PHOTOS_MAX})`} hint="JPEG, PNG of WebP, hoogstens 5 MB per foto." error={photoError}>
        <input type="file" name="photos" multiple accept={PHOTO_ACCEPT} {...fieldA11y("photos", photoError, "hint")} className={INPUT_STYLES} />
      </Field>
      <SubmitButton pending={pending}>Nieuws plaatsen</SubmitButton>
      <FormStatus state={state} done={{ id: "nieuws", text: "Uw nieuws staat op de pagina van het idee." }} />
    </form>
  );
}
