import { z } from "zod";
import "@/lib/platform/forms/zod-dutch";
import { id, optionalId } from "@/lib/platform/forms/fields";
import { AGE_GROUPS, OPTION_MAX, OPTIONS_MAX, POPULATION_MAX, PROMPT_MAX, QUESTION_KINDS, SOURCE_MAX, hasOptions, type AgeGroup } from "./fields";
import { parseOptions } from "./answer-value";

const surveyId = id("Deze vragenlijst bestaat niet.");

/** A question the team writes: its kind, the question, and for a choice its options, one a line. */
export const questionFields = z
  .object({
    kind: z.enum(QUESTION_KINDS, { error: "Kies wat voor vraag het is." }),
    prompt: z
      .string({ error: "Schrijf de vraag op." })
      .trim()
      .min(1, "Schrijf de vraag op.")
      .max(PROMPT_MAX, `Een vraag heeft hoogstens ${PROMPT_MAX} tekens. Maak hem korter.`),
    options: z.string().optional().default(""),
  })
  .superRefine((data, ctx) => {
    if (!hasOptions(data.kind)) return;
    const options = parseOptions(data.options);
    if (options.length < 2 || options.length > OPTIONS_MAX) {
      ctx.addIssue({ code: "custom", path: ["options"], message: `Schrijf 2 tot ${OPTIONS_MAX} keuzes op, elk op een eigen regel.` });
    } else if (options.some((option) => option.label.length === 0 || option.label.length > OPTION_MAX)) {
      ctx.addIssue({ code: "custom", path: ["options"], message: `Elke keuze heeft woorden, hoogstens ${OPTION_MAX} tekens.` });
    }
  });
export type QuestionInput = z.input<typeof questionFields>;
export type QuestionData = z.output<typeof questionFields>;

/** One screen of the survey: which survey and which question; the answer itself is checked against the question. */
export const answerStepSchema = z.object({
  surveyId,
  step: z.coerce.number({ error: "Deze vraag bestaat niet." }).int().min(1, "Deze vraag bestaat niet.").max(100, "Deze vraag bestaat niet."),
});

/** The last screen: wijk and age group, both optional. */
export const finishSchema = z.object({
  surveyId,
  wijkId: optionalId("Kies een wijk uit de lijst."),
  ageGroup: z.preprocess((value) => (value === "" ? undefined : value), z.enum(AGE_GROUPS, { error: "Kies een leeftijd uit de lijst." }).optional()),
});

/**
 * The population per wijk and age group ("n_<wijkId>_<age group>", empty is unknown) and where the
 * numbers come from.
 */
export const populationSchema = z
  .object({
    source: z
      .string({ error: "Schrijf op waar de aantallen vandaan komen, bijvoorbeeld CBS 2025." })
      .trim()
      .min(1, "Schrijf op waar de aantallen vandaan komen, bijvoorbeeld CBS 2025.")
      .max(SOURCE_MAX, `Schrijf hoogstens ${SOURCE_MAX} tekens.`),
  })
  .catchall(z.unknown())
  .transform((data, ctx) => {
    const counts: { wijkId: number; ageGroup: AgeGroup; count: number }[] = [];
    for (const [key, raw] of Object.entries(data)) {
      const match = /^n_(\d{1,9})_(.+)$/.exec(key);
      if (!match || !(AGE_GROUPS as readonly string[]).includes(match[2]!)) continue;
      if (raw === undefined || raw === "") continue;
      // A field posts a string; anything else (a hand-made request) is refused like a wrong number.
      const text = typeof raw === "string" ? raw.trim().replace(/\./g, "") : "?";
      if (text === "") continue;
      if (!/^\d{1,7}$/.test(text) || Number(text) > POPULATION_MAX) {
        ctx.addIssue({ code: "custom", path: [key], message: "Vul een heel getal in, bijvoorbeeld 1250." });
        continue;
      }
      counts.push({ wijkId: Number(match[1]), ageGroup: match[2] as AgeGroup, count: Number(text) });
    }
    return { source: data.source, counts };
  });
