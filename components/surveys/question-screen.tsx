"use client";

import Link from "next/link";
import { useActionState } from "react";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { Icon } from "@/components/ui/icon";
import { ReadAloudButton } from "@/components/ui/read-aloud-button";
import { answerQuestionAction } from "@/lib/surveys/actions/answer";
import type { SurveyQuestion } from "@/lib/surveys/queries/survey";
import { AnswerChoices, choicesOf } from "./answer-choices";

/** One question on one screen: a plain form, so it works without JavaScript; "Volgende" stores it and goes on. */
export function QuestionScreen({ surveyId, step, question }: { surveyId: number; step: number; question: SurveyQuestion }) {
  const [state, formAction, pending] = useActionState(answerQuestionAction, null);
  const error = state && !state.ok ? state.fieldErrors.answer?.[0] : undefined;
  const spoken = [question.prompt, ...choicesOf(question).map((choice) => choice.word)].join(". ");
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="surveyId" value={surveyId} />
      <input type="hidden" name="step" value={step} />
      <fieldset className="space-y-4" aria-describedby="answer-hint">
        <legend className="mb-2">
          <h1 className="text-2xl font-bold">{question.prompt}</h1>
        </legend>
        <ReadAloudButton text={spoken} />
        <p id="answer-hint" className="text-base text-muted">
          {question.kind === "meer" ? "U mag meer dan één kiezen. " : ""}Geen antwoord? Dan mag u de vraag overslaan.
        </p>
        <AnswerChoices question={question} name="answer" describedBy={error ? "answer-error" : undefined} />
        <p id="answer-error" className="font-semibold text-danger" aria-live="polite">
          {error ?? ""}
        </p>
      </fieldset>
      {!error && <FormStatus state={state} />}
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pending={pending}>
          Volgende <Icon name="arrow" />
        </SubmitButton>
        <Link href={step > 1 ? `/vragen/${surveyId}/${step - 1}` : `/vragen/${surveyId}`} className="inline-flex min-h-11 items-center">
          Vorige
        </Link>
      </div>
    </form>
  );
}
