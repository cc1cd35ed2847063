"use client";

import { CHECKBOX_STYLES, Field, fieldA11y, INPUT_STYLES } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import type { Option } from "@/components/forms/options";
import { SubmitButton } from "@/components/forms/submit-button";
import { useServerForm } from "@/components/forms/use-server-form";
import { createProjectAction, updateProjectAction } from "@/lib/projects/actions/projects";
import { ASK_MAX, DECISION_MAX, INVITED_MAX, PHASE_LABELS, PHASE_MEANING, PROJECT_PHASES, SUMMARY_MAX, TITLE_MAX } from "@/lib/projects/fields";

export type ProjectFormValues = Record<string, string | boolean>;

/** A project's words, wijken and dated phases; the same schema checks it here and on the server. */
export function ProjectForm({ projectId, initial, wijken, submitLabel }: { projectId?: number; initial: ProjectFormValues; wijken: Option[]; submitLabel: string }) {
  const { form, state, pending, errorOf, formProps } = useServerForm<ProjectFormValues>({
    schema: () => import("@/lib/projects/schema").then((m) => m.projectSchema as never),
    action: projectId ? updateProjectAction : createProjectAction,
    defaultValues: initial,
  });
  const defaults = form.formState.defaultValues ?? {};
  const wire = (name: string, hint?: string) => ({ ...form.register(name), ...fieldA11y(name, errorOf(name), hint), defaultValue: String(defaults[name] ?? "") });
  const text = (name: string, label: string, max: number, rows = 0) => (
    <Field id={name} label={label} error={errorOf(name)}>
      {rows ? <textarea {...wire(name)} rows={rows} maxLength={max + 100} className={INPUT_STYLES} /> : <input {...wire(name)} maxLength={max + 20} className={INPUT_STYLES} />}
    </Field>
  );
  return (
    <form {...formProps} className="space-y-5">
      {projectId && <input type="hidden" name="projectId" value={projectId} />}
      {text("title", `Titel (hoogstens ${TITLE_MAX} tekens)`, TITLE_MAX)}
      {text("summary", "Waar gaat het over? Een paar zinnen in gewone woorden.", SUMMARY_MAX, 4)}
      <fieldset className="space-y-2" aria-describedby="wijken-error">
        <legend className="font-bold">Wijken</legend>
        <div className="grid gap-1 sm:grid-cols-2">
          {wijken.map((wijk) => (
            <label key={wijk.id} className="flex min-h-11 items-center gap-3">
              <input type="checkbox" {...form.register(`wijk_${wijk.id}`)} defaultChecked={!!defaults[`wijk_${wijk.id}`]} className={CHECKBOX_STYLES} />
              {wijk.name}
            </label>
          ))}
        </div>
        <p id="wijken-error" className="font-semibold text-danger" aria-live="polite">
          {errorOf("wijken") ?? ""}
        </p>
      </fieldset>
      <h2 className="text-2xl font-bold">Fasen</h2>
      <p>Laat de datums van een fase leeg om die fase over te slaan. De fasen komen na elkaar.</p>
      {PROJECT_PHASES.map((phase) => (
        <fieldset key={phase} className="space-y-3 rounded-xl border-2 border-gray-200 p-3">
          <legend className="px-1 text-xl font-bold">{PHASE_LABELS[phase]}</legend>
          <p>{PHASE_MEANING[phase]}</p>
          <div className="grid gap-3 sm:grid-cols-2">
            <Field id={`${phase}Start`} label="Van" error={errorOf(`${phase}Start`)}>
              <input {...wire(`${phase}Start`)} type="date" className={INPUT_STYLES} />
            </Field>
            <Field id={`${phase}End`} label="Tot en met" error={errorOf(`${phase}End`)}>
              <input {...wire(`${phase}End`)} type="date" className={INPUT_STYLES} />
            </Field>
          </div>
          {text(`${phase}Ask`, "Wat vragen wij de bewoners in deze fase? (mag leeg)", ASK_MAX)}
        </fieldset>
      ))}
      {text("invitedHow", "Hoe nodigen wij bewoners uit? Bijvoorbeeld: posters, WhatsApp, mail, bijeenkomsten.", INVITED_MAX, 3)}
      {text("decision", "Het besluit (als het er is)", DECISION_MAX, 4)}
      <FormStatus state={state} />
      <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
    </form>
  );
}
