"use client";

import { useActionState } from "react";
import { Field, INPUT_STYLES } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { Options, type Option } from "@/components/forms/options";
import { SubmitButton } from "@/components/forms/submit-button";
import { Icon } from "@/components/ui/icon";
import { sendAnswersAction } from "@/lib/surveys/actions/answer";
import { AGE_GROUP_LABELS, AGE_GROUPS } from "@/lib/surveys/fields";

/** The last screen: wijk (unless the survey is one wijk's own: no `wijken`) and age group if the person wants to say (stored apart from the answers), then send. */
export function SendScreen({ surveyId, asksProfile, wijken }: { surveyId: number; asksProfile: boolean; wijken: Option[] }) {
  const [state, formAction, pending] = useActionState(sendAnswersAction, null);
  const errorOf = (name: string) => (state && !state.ok ? state.fieldErrors[name]?.[0] : undefined);
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="surveyId" value={surveyId} />
      {asksProfile && (
        <>
          <p>
            Wilt u nog zeggen {wijken.length > 0 ? "in welke wijk u woont en hoe oud u bent" : "hoe oud u bent"}? Dat mag, het hoeft niet. Zo ziet het team wie het nog niet heeft
            gehoord. Wij bewaren dit los van uw antwoorden.
          </p>
          {wijken.length > 0 && (
            <Field id="wijkId" label="Uw wijk (mag u leeg laten)" error={errorOf("wijkId")}>
              <select id="wijkId" name="wijkId" defaultValue="" className={INPUT_STYLES} aria-invalid={errorOf("wijkId") ? true : undefined} aria-describedby="wijkId-error">
                <Options empty="Zeg ik liever niet" options={wijken} />
              </select>
            </Field>
          )}
          <Field id="ageGroup" label="Uw leeftijd (mag u leeg laten)" error={errorOf("ageGroup")}>
            <select id="ageGroup" name="ageGroup" defaultValue="" className={INPUT_STYLES} aria-invalid={errorOf("ageGroup") ? true : undefined} aria-describedby="ageGroup-error">
              <Options empty="Zeg ik liever niet" options={AGE_GROUPS.map((group) => ({ id: group, name: AGE_GROUP_LABELS[group] }))} />
            </select>
          </Field>
        </>
      )}
      <FormStatus state={state} />
      <SubmitButton pending={pending}>
        <Icon name="check" /> Verstuur mijn antwoorden
      </SubmitButton>
    </form>
  );
}
