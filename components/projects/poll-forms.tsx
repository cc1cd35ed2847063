"use client";

import { useActionState } from "react";
import { Field, fieldA11y, INPUT_STYLES } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { PHOTO_ACCEPT } from "@/lib/initiatives/photo-rules";
import { addPollOptionAction, savePollAction, setProjectImageAction } from "@/lib/projects/actions/poll";
import { IMAGE_ALT_MAX, POLL_OPTION_MAX, POLL_OPTIONS_MAX, POLL_QUESTION_MAX } from "@/lib/projects/fields";
import type { FormState } from "@/lib/platform/forms/action-result";

// The team's forms for the project's picture and its keuze: plain forms, checked on the server.

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

function useTeamForm(action: Action) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  return { state, formAction, pending, errorOf: (name: string) => failed?.fieldErrors[name]?.[0], valueOf: (name: string) => failed?.values?.[name] };
}

function PhotoField({ id, label, error }: { id: string; label: string; error?: string }) {
  return (
    <Field id={id} label={label} hint="JPEG, PNG of WebP, hoogstens 5 MB." error={error}>
      <input type="file" name="photo" accept={PHOTO_ACCEPT} {...fieldA11y(id, error, "hint")} className={INPUT_STYLES} />
    </Field>
  );
}

/** The project's picture with a few words of what is on it. */
export function ProjectImageForm({ projectId, imageAlt }: { projectId: number; imageAlt: string }) {
  const { state, formAction, pending, errorOf, valueOf } = useTeamForm(setProjectImageAction);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="projectId" value={projectId} />
      <PhotoField id="projectPhoto" label="Foto van het project" error={errorOf("photo")} />
      <Field id="imageAlt" label="Wat staat er op de foto?" hint="Voor wie niet goed ziet. Bijvoorbeeld: het plein met bomen en bankjes." error={errorOf("imageAlt")}>
        <input name="imageAlt" defaultValue={valueOf("imageAlt") ?? imageAlt} maxLength={IMAGE_ALT_MAX + 20} {...fieldA11y("imageAlt", errorOf("imageAlt"), "hint")} className={INPUT_STYLES} />
      </Field>
      <FormStatus state={state} />
      <SubmitButton pending={pending}>Foto opslaan</SubmitButton>
    </form>
  );
}

/** The keuze's question and how many options one may choose. */
export function PollForm({ projectId, question, maxChoices }: { projectId: number; question: string; maxChoices: number }) {
  const { state, formAction, pending, errorOf, valueOf } = useTeamForm(savePollAction);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="projectId" value={projectId} />
      <Field id="question" label="De vraag" hint="Bijvoorbeeld: Welk speeltoestel komt er?" error={errorOf("question")}>
        <input name="question" defaultValue={valueOf("question") ?? question} maxLength={POLL_QUESTION_MAX + 20} {...fieldA11y("question", errorOf("question"), "hint")} className={INPUT_STYLES} />
      </Field>
      <Field id="maxChoices" label="Hoeveel mogelijkheden mag iemand kiezen?" error={errorOf("maxChoices")}>
        <select name="maxChoices" defaultValue={valueOf("maxChoices") ?? String(maxChoices)} {...fieldA11y("maxChoices", errorOf("maxChoices"))} className={INPUT_STYLES}>
          {Array.from({ length: POLL_OPTIONS_MAX }, (_, n) => (
            <option key={n} value={n + 1}>
              {n === 0 ? "1 (één kiezen)" : `Hoogstens ${n + 1}`}
            </option>
          ))}
        </select>
      </Field>
      <FormStatus state={state} />
      <SubmitButton pending={pending}>Vraag opslaan</SubmitButton>
    </form>
  );
}

/** One more option, with its photo. */
export function PollOptionForm({ projectId }: { projectId: number }) {
  const { state, formAction, pending, errorOf, valueOf } = useTeamForm(addPollOptionAction);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="projectId" value={projectId} />
      <Field id="label" label="Naam van de mogelijkheid" hint="Kort, bijvoorbeeld: Klimrek." error={errorOf("label")}>
        <input name="label" defaultValue={valueOf("label") ?? ""} maxLength={POLL_OPTION_MAX + 20} {...fieldA11y("label", errorOf("label"), "hint")} className={INPUT_STYLES} />
      </Field>
      <PhotoField id="optionPhoto" label="Foto van de mogelijkheid" error={errorOf("photo")} />
      <FormStatus state={state} />
      <SubmitButton pending={pending}>Mogelijkheid toevoegen</SubmitButton>
    </form>
  );
}
