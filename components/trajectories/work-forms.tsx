"use client";

import { Field, fieldA11y, INPUT_STYLES } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { Options, type Option } from "@/components/forms/options";
import { SubmitButton } from "@/components/forms/submit-button";
import { useServerForm } from "@/components/forms/use-server-form";
import { addNoteAction, endTrajectoryAction, recordReviewAction } from "@/lib/trajectories/actions/trajectories";
import { suggestPlaceAction, takePlaceForClientAction } from "@/lib/trajectories/actions/places";
import { LADDER_STEPS, NOTE_MAX, OUTCOME_LABELS } from "@/lib/trajectories/fields";
import type { EndInput, NoteInput, PlaceForClientInput, ReviewInput } from "@/lib/trajectories/schema";

const STEPS = Object.entries(LADDER_STEPS).map(([id, name]) => ({ id, name }));
const OUTCOMES = Object.entries(OUTCOME_LABELS).map(([id, name]) => ({ id, name }));

/** A review: date, ladder step, and what was discussed. */
export function ReviewForm({ trajectoryId, today }: { trajectoryId: number; today: string }) {
  const { field, state, pending, errorOf, formProps } = useServerForm<ReviewInput>({
    schema: () => import("@/lib/trajectories/schema").then((m) => m.reviewSchema),
    action: recordReviewAction,
    defaultValues: { trajectoryId: String(trajectoryId), on: today, step: "", note: "" },
  });
  return (
    <form {...formProps} className="space-y-4">
      <input type="hidden" name="trajectoryId" value={trajectoryId} />
      <Field id="on" label="Datum" error={errorOf("on")}>
        <input {...field("on")} {...fieldA11y("on", errorOf("on"))} type="date" className={INPUT_STYLES} />
      </Field>
      <Field id="step" label="Stap op de participatieladder" error={errorOf("step")}>
        <select {...field("step")} {...fieldA11y("step", errorOf("step"))} className={INPUT_STYLES}>
          <Options empty="Kies een stap" options={STEPS} />
        </select>
      </Field>
      <Field id="review-note" label="Wat hebben jullie besproken? (mag leeg)" error={errorOf("note")}>
        <textarea {...field("note")} {...fieldA11y("review-note", errorOf("note"))} rows={3} maxLength={NOTE_MAX + 20} className={INPUT_STYLES} />
      </Field>
      <FormStatus state={state} />
      <SubmitButton pending={pending}>Evaluatie opslaan</SubmitButton>
    </form>
  );
}

/** A note in the file. */
export function NoteForm({ trajectoryId }: { trajectoryId: number }) {
  const { field, state, pending, errorOf, formProps } = useServerForm<NoteInput>({
    schema: () => import("@/lib/trajectories/schema").then((m) => m.noteSchema),
    action: addNoteAction,
    defaultValues: { trajectoryId: String(trajectoryId), note: "" },
  });
  return (
    <form {...formProps} className="space-y-4">
      <input type="hidden" name="trajectoryId" value={trajectoryId} />
      <Field id="note" label="Notitie" error={errorOf("note")}>
        <textarea {...field("note")} {...fieldA11y("note", errorOf("note"))} rows={3} maxLength={NOTE_MAX + 20} className={INPUT_STYLES} />
      </Field>
      <FormStatus state={state} />
      <SubmitButton pending={pending} variant="secondary">
        Notitie opslaan
      </SubmitButton>
    </form>
  );
}

/** Ends the trajectory with its outcome. */
export function EndForm({ trajectoryId, today }: { trajectoryId: number; today: string }) {
  const { field, state, pending, errorOf, formProps } = useServerForm<EndInput>({
    schema: () => import("@/lib/trajectories/schema").then((m) => m.endSchema),
    action: endTrajectoryAction,
    defaultValues: { trajectoryId: String(trajectoryId), endedOn: today, outcome: "" },
  });
  return (
    <form {...formProps} className="space-y-4">
      <input type="hidden" name="trajectoryId" value={trajectoryId} />
      <Field id="endedOn" label="Einddatum" error={errorOf("endedOn")}>
        <input {...field("endedOn")} {...fieldA11y("endedOn", errorOf("endedOn"))} type="date" className={INPUT_STYLES} />
      </Field>
      <Field id="outcome" label="Hoe liep het af?" error={errorOf("outcome")}>
        <select {...field("outcome")} {...fieldA11y("outcome", errorOf("outcome"))} className={INPUT_STYLES}>
          <Options empty="Kies een uitkomst" options={OUTCOMES} />
        </select>
      </Field>
      <FormStatus state={state} />
      <SubmitButton pending={pending} variant="secondary">
        Traject afsluiten
      </SubmitButton>
    </form>
  );
}

/** A place to help for the client: send them the link (main), or sign them up. */
export function PlaceForClientForm({ trajectoryId, places }: { trajectoryId: number; places: Option[] }) {
  const suggest = useServerForm<PlaceForClientInput>({
    schema: () => import("@/lib/trajectories/schema").then((m) => m.placeForClientSchema),
    action: suggestPlaceAction,
    defaultValues: { trajectoryId: String(trajectoryId), placeId: "" },
  });
  const take = useServerForm<PlaceForClientInput>({
    schema: () => import("@/lib/trajectories/schema").then((m) => m.placeForClientSchema),
    action: takePlaceForClientAction,
    defaultValues: { trajectoryId: String(trajectoryId), placeId: "" },
  });
  return (
    <div className="space-y-6">
      <form {...suggest.formProps} className="space-y-4">
        <input type="hidden" name="trajectoryId" value={trajectoryId} />
        <Field id="placeId" label="Plek om te helpen" error={suggest.errorOf("placeId")}>
          <select {...suggest.field("placeId")} {...fieldA11y("placeId", suggest.errorOf("placeId"))} className={INPUT_STYLES}>
            <Options empty="Kies een plek" options={places} />
          </select>
        </Field>
        <FormStatus state={suggest.state} />
        <SubmitButton pending={suggest.pending}>Stuur de plek naar de deelnemer</SubmitButton>
      </form>
      <form {...take.formProps} className="space-y-4">
        <input type="hidden" name="trajectoryId" value={trajectoryId} />
        <Field id="take-placeId" label="Of meld de deelnemer meteen aan" error={take.errorOf("placeId")}>
          <select {...take.field("placeId")} {...fieldA11y("take-placeId", take.errorOf("placeId"))} className={INPUT_STYLES}>
            <Options empty="Kies een plek" options={places} />
          </select>
        </Field>
        <FormStatus state={take.state} />
        <SubmitButton pending={take.pending} variant="secondary">
          Aanmelden voor deze plek
        </SubmitButton>
      </form>
    </div>
  );
}
