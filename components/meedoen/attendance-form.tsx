"use client";

import { useActionState } from "react";
import { CHECKBOX_STYLES } from "@/components/forms/field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { markAttendanceAction } from "@/lib/meedoen/actions/places";
import { skillField } from "@/lib/meedoen/schema";
import { SKILL_KEYS, SKILLS, type Skill } from "@/lib/meedoen/skills";

type Props = { takeId: number; name: string; came: boolean | null; skills: Skill[] };

/** After the date: came or did not come, and the skills for the "Ik deed mee" certificate. */
export function AttendanceForm({ takeId, name, came, skills }: Props) {
  const [state, action, pending] = useActionState(markAttendanceAction, null);
  const id = (suffix: string) => `aanwezig-${takeId}-${suffix}`;
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="takeId" value={takeId} />
      <fieldset className="space-y-2">
        <legend className="font-bold">Wat kan {name} goed? (voor het bewijs &quot;Ik deed mee&quot;)</legend>
        {SKILL_KEYS.map((key) => (
          <div key={key} className="flex min-h-11 items-center gap-3">
            <input id={id(key)} type="checkbox" name={skillField(key)} defaultChecked={skills.includes(key)} className={CHECKBOX_STYLES} />
            <label htmlFor={id(key)}>{SKILLS[key]}</label>
          </div>
        ))}
      </fieldset>
      <FormStatus state={state} />
      <div className="flex flex-wrap gap-3">
        <SubmitButton pending={pending} name="came" value="ja" variant={came === true ? "primary" : "secondary"}>
          Gekomen
        </SubmitButton>
        <SubmitButton pending={pending} name="came" value="nee" variant={came === false ? "primary" : "secondary"}>
          Niet gekomen
        </SubmitButton>
      </div>
    </form>
  );
}
