import type { QuestionOption } from "@/db/schema";
import type { QuestionKind } from "@/db/enums";
import { SMILEYS, TEXT_ANSWER_MAX, YES_NO } from "./fields";

type Question = { kind: QuestionKind; options: QuestionOption[] };

export type ReadAnswer = { ok: true; value: string | null } | { ok: false; message: string };

/**
 * One posted answer as it is stored: the smiley "1" to "5", "ja"/"nee", option numbers ("0" or
 * "0,2"), or the text; null when left empty (every question may be skipped).
 */
export function readAnswer(question: Question, posted: string[]): ReadAnswer {
  const given = posted.map((value) => value.trim()).filter(Boolean);
  if (given.length === 0) return { ok: true, value: null };
  switch (question.kind) {
    case "smiley":
      return oneOf(given, SMILEYS.map((s) => s.value));
    case "janee":
      return oneOf(given, YES_NO.map((s) => s.value));
    case "een":
      return oneOf(given, question.options.map((_, i) => String(i)));
    case "meer": {
      const valid = question.options.map((_, i) => String(i));
      if (given.some((value) => !valid.includes(value))) return { ok: false, message: "Kies uit de lijst." };
      return { ok: true, value: [...new Set(given)].sort((a, b) => Number(a) - Number(b)).join(",") };
    }
    case "tekst":
    case "verder": {
      const text = given.join(" ");
      if (text.length > TEXT_ANSWER_MAX) return { ok: false, message: `Schrijf hoogstens ${TEXT_ANSWER_MAX} tekens.` };
      return { ok: true, value: text };
    }
  }
}

function oneOf(given: string[], valid: string[]): ReadAnswer {
  if (given.length !== 1 || !valid.includes(given[0]!)) return { ok: false, message: "Kies één antwoord uit de lijst." };
  return { ok: true, value: given[0]! };
}

/** The options the team typed, one a line; an emoji at the start of a line is its picture. */
export function parseOptions(text: string): QuestionOption[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const match = /^(\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic})*)\s*(.*)$/u.exec(line);
      return match ? { picture: match[1]!, label: match[2]!.trim() } : { picture: "", label: line };
    });
}

/** The answers of a paper form, one field per question ("q<question id>"), each with every value posted. */
export function postedAnswers(formData: FormData): Record<string, string[]> {
  const posted: Record<string, string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (/^q\d{1,9}$/.test(key)) posted[key] = formData.getAll(key).filter((value): value is string => typeof value === "string");
  }
  return posted;
}
