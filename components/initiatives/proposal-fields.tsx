"use client";

import type { ReactNode } from "react";
import type { UseFormRegister } from "react-hook-form";
import { CHECKBOX_STYLES, Field, fieldA11y, INPUT_STYLES } from "@/components/forms/field";
import { Options, type Option } from "@/components/forms/options";
import { PHOTO_ACCEPT } from "@/lib/initiatives/photo-rules";
import { DESCRIPTION_MAX, MONEY_MAX, MONEY_MIN, PITCH_MAX, TITLE_MAX } from "@/lib/initiatives/fields";


/** The form's values as the browser holds them: text, and "on"/true for a ticked box. */
export type ProposalValues = {
  title: string;
  pitch: string;
  description: string;
  wijkId: string;
  themeId: string;
  needsHelp: boolean | string;
  needsPlace: boolean | string;
  needsMaterials: boolean | string;
  needsMoney: boolean | string;
  moneyAmount: string;
  removePhoto: boolean | string;
};

export const EMPTY_PROPOSAL: ProposalValues = {
  title: "",
  pitch: "",
  description: "",
  wijkId: "",
  themeId: "",
  needsHelp: false,
  needsPlace: false,
  needsMaterials: false,
  needsMoney: false,
  moneyAmount: "",
  removePhoto: false,
};

export const ticked = (value: unknown) => value === true || value === "on";

const NEEDS = [
  { name: "needsHelp", label: "Hulp van buren" },
  { name: "needsPlace", label: "Een plek" },
  { name: "needsMaterials", label: "Materialen" },
  { name: "needsMoney", label: "Geld" },
] as const;

/**
 * The fields of an idea, shared by the resident's form and the buurtwerker's on-behalf form.
 * `values` are rendered as default values too, so the form keeps what was typed without JavaScript.
 */
export function ProposalFields({
  register,
  errorOf,
  values,
  wijken,
  themes,
  currentPhotoUrl,
  afterTitle,
}: {
  register: UseFormRegister<ProposalValues>;
  errorOf: (name: string) => string | undefined;
  values: ProposalValues;
  wijken: Option[];
  themes: Option[];
  currentPhotoUrl?: string | null;
  /** Shown right below the title (the similar ideas of a new proposal). */
  afterTitle?: ReactNode;
}) {
  const e = (name: keyof ProposalValues | "photo") => errorOf(name);
  return (
    <>
      <Field id="title" label="Titel van uw idee" hint={`Kort en duidelijk. Hoogstens ${TITLE_MAX} tekens.`} error={e("title")}>
        <input {...register("title")} {...fieldA11y("title", e("title"), "hint")} defaultValue={values.title} className={INPUT_STYLES} />
      </Field>
      {afterTitle}
      <Field id="pitch" label="Uw idee in één of twee zinnen" hint={`Hoogstens ${PITCH_MAX} tekens.`} error={e("pitch")}>
        <textarea {...register("pitch")} {...fieldA11y("pitch", e("pitch"), "hint")} defaultValue={values.pitch} rows={3} className={INPUT_STYLES} />
      </Field>
      <Field
        id="description"
        label="Vertel meer (mag u leeg laten)"
        hint={`Wat wilt u doen? Voor wie? Waar? Hoogstens ${DESCRIPTION_MAX} tekens.`}
        error={e("description")}
      >
        <textarea
          {...register("description")}
          {...fieldA11y("description", e("description"), "hint")}
          defaultValue={values.description}
          rows={6}
          className={INPUT_STYLES}
        />
      </Field>
      <Field id="wijkId" label="In welke wijk?" error={e("wijkId")}>
        <select {...register("wijkId")} {...fieldA11y("wijkId", e("wijkId"))} defaultValue={values.wijkId} className={INPUT_STYLES}>
          <Options empty="Kies een wijk" options={wijken} />
        </select>
      </Field>
      <Field id="themeId" label="Waar gaat het over?" error={e("themeId")}>
        <select {...register("themeId")} {...fieldA11y("themeId", e("themeId"))} defaultValue={values.themeId} className={INPUT_STYLES}>
          <Options empty="Kies een thema" options={themes} />
        </select>
      </Field>
      <fieldset className="space-y-2">
        <legend className="font-bold">Wat heeft u nodig? (kies wat past)</legend>
        {NEEDS.map((need) => (
          <label key={need.name} className="flex min-h-11 items-center gap-3">
            <input type="checkbox" value="on" {...register(need.name)} defaultChecked={ticked(values[need.name])} className={CHECKBOX_STYLES} />
            {need.label}
          </label>
        ))}
      </fieldset>
      <Field
        id="moneyAmount"
        label="Hoeveel geld ongeveer? (mag u leeg laten)"
        hint={`In hele euro's, van ${MONEY_MIN} tot ${MONEY_MAX.toLocaleString("nl-NL")}. Alleen als u 'Geld' heeft aangevinkt.`}
        error={e("moneyAmount")}
      >
        <input
          {...register("moneyAmount")}
          {...fieldA11y("moneyAmount", e("moneyAmount"), "hint")}
          defaultValue={values.moneyAmount}
          inputMode="numeric"
          className={INPUT_STYLES}
        />
      </Field>
      {currentPhotoUrl && (
        <div className="space-y-2">
          {/* eslint-disable-next-line @next/next/no-img-element -- a small stored WebP, no optimiser needed */}
          <img src={currentPhotoUrl} alt="De foto die nu bij uw idee staat" className="max-h-48 rounded-lg" />
          <label className="flex min-h-11 items-center gap-3">
            <input type="checkbox" value="on" {...register("removePhoto")} defaultChecked={ticked(values.removePhoto)} className={CHECKBOX_STYLES} />
            Foto weghalen
          </label>
        </div>
      )}
      <Field
        id="photo"
        label={currentPhotoUrl ? "Andere foto kiezen (mag u leeg laten)" : "Foto (mag u leeg laten)"}
        hint="JPEG, PNG of WebP, hoogstens 5 MB. Wij halen verborgen gegevens uit de foto, zoals de plek waar hij is gemaakt."
        error={e("photo")}
      >
        <input type="file" name="photo" accept={PHOTO_ACCEPT} {...fieldA11y("photo", e("photo"), "hint")} className={INPUT_STYLES} />
      </Field>
    </>
  );
}
