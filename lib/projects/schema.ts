import { z } from "zod";
import "@/lib/platform/forms/zod-dutch";
import { id, optionalId, yes } from "@/lib/platform/forms/fields";
import { questionFields } from "@/lib/surveys/schema";
import { AGE_GROUPS } from "@/lib/surveys/fields";
import { cancelCodeSchema, mobileField } from "@/lib/activities/schema";
import { ASK_MAX, DECISION_MAX, REACH_MAX, IMAGE_ALT_MAX, POLL_OPTION_MAX, POLL_OPTIONS_MAX, POLL_QUESTION_MAX, FEEDBACK_OUTCOMES, INVITED_MAX, PHASE_LABELS, PROJECT_PHASES, REASON_MAX, SUMMARY_MAX, TITLE_MAX, TOPIC_MAX, type ProjectPhase } from "./fields";

const projectId = id("Dit project bestaat niet.");
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

const text = (max: number, empty: string | null, tooLong: string) => {
  const base = z.string().trim().max(max, tooLong);
  return empty ? z.string({ error: empty }).trim().min(1, empty).max(max, tooLong) : base.optional().default("");
};

/** Every "<prefix><id>" checkbox that was ticked, as ids (wijken, team members). */
function tickedIds(values: Record<string, unknown>, prefix: string): number[] {
  return Object.keys(values)
    .filter((key) => key.startsWith(prefix) && /^\d{1,9}$/.test(key.slice(prefix.length)) && values[key] !== "" && values[key] !== false)
    .map((key) => Number(key.slice(prefix.length)));
}

/** A "YYYY-MM-DD" from <input type="date"> that is a real day (not 31-2). */
function realDay(value: string): boolean {
  const noon = new Date(`${value}T12:00:00Z`);
  return DAY_PATTERN.test(value) && !Number.isNaN(noon.getTime()) && noon.toISOString().startsWith(value);
}

/**
 * A project with its dated phases. A phase with no dates is skipped; one with dates needs both,
 * the end not before the start, and phases in their order without overlap.
 */
export const projectSchema = z
  .object({
    projectId: optionalId("Dit project bestaat niet."),
    title: text(TITLE_MAX, "Geef het project een titel.", `Een titel heeft hoogstens ${TITLE_MAX} tekens.`),
    summary: text(SUMMARY_MAX, "Vertel in een paar zinnen waar het project over gaat.", `Schrijf hoogstens ${SUMMARY_MAX} tekens.`),
    invitedHow: text(INVITED_MAX, null, `Schrijf hoogstens ${INVITED_MAX} tekens.`),
    decision: text(DECISION_MAX, null, `Schrijf hoogstens ${DECISION_MAX} tekens.`),
    ...Object.fromEntries(
      PROJECT_PHASES.flatMap((phase) => [
        [`${phase}Start`, z.string().trim().optional().default("")],
        [`${phase}End`, z.string().trim().optional().default("")],
        [`${phase}Ask`, text(ASK_MAX, null, `Schrijf hoogstens ${ASK_MAX} tekens.`)],
      ]),
    ),
  })
  .catchall(z.unknown())
  .transform((data, ctx) => {
    const values = data as Record<string, unknown>;
    const wijkIds = tickedIds(values, "wijk_");
    if (wijkIds.length === 0) ctx.addIssue({ code: "custom", path: ["wijken"], message: "Kies minstens één wijk." });
    const phases: { phase: ProjectPhase; startsOn: string; endsOn: string; ask: string }[] = [];
    for (const phase of PROJECT_PHASES) {
      const [start, end, ask] = [`${phase}Start`, `${phase}End`, `${phase}Ask`].map((key) => String(values[key] ?? "")) as [string, string, string];
      if (!start && !end) continue;
      const label = PHASE_LABELS[phase];
      if (!realDay(start)) ctx.addIssue({ code: "custom", path: [`${phase}Start`], message: `Vul in wanneer ${label} begint, bijvoorbeeld 1-3-2027.` });
      else if (!realDay(end)) ctx.addIssue({ code: "custom", path: [`${phase}End`], message: `Vul in wanneer ${label} eindigt, bijvoorbeeld 31-3-2027.` });
      else if (end < start) ctx.addIssue({ code: "custom", path: [`${phase}End`], message: "Het einde ligt voor het begin. Kijk de datums na." });
      else if (phases.length > 0 && start <= phases.at(-1)!.endsOn) {
        ctx.addIssue({ code: "custom", path: [`${phase}Start`], message: `${label} begint pas na het einde van ${PHASE_LABELS[phases.at(-1)!.phase]}.` });
      } else phases.push({ phase, startsOn: start, endsOn: end, ask });
    }
    if (phases.length === 0 && !PROJECT_PHASES.some((phase) => values[`${phase}Start`] || values[`${phase}End`])) {
      ctx.addIssue({ code: "custom", path: ["informerenStart"], message: "Geef minstens één fase datums." });
    }
    return { projectId: data.projectId, title: data.title, summary: data.summary, invitedHow: data.invitedHow, decision: data.decision, wijkIds, phases };
  });
export type ProjectData = z.output<typeof projectSchema>;

export const projectRefSchema = z.object({ projectId });

/** The team: every ticked "member_<id>". */
export const teamSchema = z
  .object({ projectId })
  .catchall(z.unknown())
  .transform((data) => ({ projectId: data.projectId, memberIds: Object.keys(data).filter((key) => /^member_[\w-]{1,64}$/.test(key) && data[key] !== "").map((key) => key.slice("member_".length)) }));

export const meetingSchema = z.object({ projectId, activityId: id("Kies een activiteit uit de lijst.") });

export const feedbackSchema = z.object({
  projectId,
  topic: text(TOPIC_MAX, "Over welke vraag of welk punt gaat het?", `Schrijf hoogstens ${TOPIC_MAX} tekens.`),
  outcome: z.enum(FEEDBACK_OUTCOMES, { error: "Kies: overgenomen, deels of niet." }),
  reason: text(REASON_MAX, "Schrijf in gewone woorden waarom.", `Schrijf hoogstens ${REASON_MAX} tekens.`),
});
export type FeedbackInput = z.input<typeof feedbackSchema>;

export const feedbackRefSchema = z.object({ projectId, feedbackId: id("Dit punt bestaat niet (meer).") });

export const projectQuestionSchema = z.intersection(z.object({ projectId }), questionFields);

export const questionRefSchema = z.object({ projectId, questionId: id("Deze vraag bestaat niet (meer).") });

/** A paper form: the answers are checked against the questions by the command (fields "q<id>"). */
export const paperSchema = z
  .object({
    projectId,
    wijkId: optionalId("Kies een wijk uit de lijst."),
    ageGroup: z.preprocess((value) => (value === "" ? undefined : value), z.enum(AGE_GROUPS, { error: "Kies een leeftijd uit de lijst." }).optional()),
  })
  .catchall(z.unknown());

export const followSchema = z.object({ projectId, follow: yes });

/** The wijk filter of /projecten; anything else is no filter. */
export const projectFilterSchema = z.object({ wijk: z.coerce.number().int().positive().optional().catch(undefined) });

/** The project's picture: the file is checked by the action (lib/initiatives/photo.ts), the words here. */
export const projectImageSchema = z.object({
  projectId,
  imageAlt: text(IMAGE_ALT_MAX, "Zeg in een paar woorden wat er op de foto staat (voor wie niet goed ziet).", `Schrijf hoogstens ${IMAGE_ALT_MAX} tekens.`),
});

/** The keuze's question and how many options a person may choose. */
export const pollSchema = z.object({
  projectId,
  question: text(POLL_QUESTION_MAX, "Wat vraagt u de bewoners?", `Schrijf hoogstens ${POLL_QUESTION_MAX} tekens.`),
  maxChoices: z.coerce
    .number({ error: "Kies hoeveel mogelijkheden iemand mag kiezen." })
    .int("Kies hoeveel mogelijkheden iemand mag kiezen.")
    .min(1, "Iemand kiest minstens één mogelijkheid.")
    .max(POLL_OPTIONS_MAX, `Hoogstens ${POLL_OPTIONS_MAX}.`),
});
export type PollInput = z.input<typeof pollSchema>;

/** One option; its picture is the upload beside it (checked by the action). */
export const pollOptionSchema = z.object({
  projectId,
  label: text(POLL_OPTION_MAX, "Geef de mogelijkheid een naam.", `Schrijf hoogstens ${POLL_OPTION_MAX} tekens.`),
});
export type PollOptionInput = z.input<typeof pollOptionSchema>;

export const pollOptionRefSchema = z.object({ projectId, optionId: id("Deze mogelijkheid bestaat niet (meer).") });

/** Something is ticked; which ones ("option", repeated) and how many the command checks against the keuze. */
const choiceMade = (data: Record<string, unknown>, ctx: z.RefinementCtx) => {
  if (!data.option) ctx.addIssue({ code: "custom", path: ["option"], message: "Kies een van de mogelijkheden." });
};

/** A vote with an account. */
export const voteSchema = z.object({ projectId }).catchall(z.unknown()).superRefine(choiceMade);

/** A vote without an account, first step: the choice and the mobile number the code goes to. */
export const voteCodeRequestSchema = z
  .object({ projectId, phone: mobileField.refine((value) => value !== "", "Vul uw mobiele nummer in. Daar sturen wij de code naar.") })
  .catchall(z.unknown())
  .superRefine(choiceMade);
export type VoteCodeRequestInput = { projectId: string; phone: string };

/** Second step: the six digits from the text message (the same rule as a cancel code). */
export const voteCodeSchema = z.object({ projectId, code: cancelCodeSchema.shape.code });
export type VoteCodeInput = z.input<typeof voteCodeSchema>;

const NO_REACH = "Vul uw e-mailadres of uw 06-nummer in.";
const BAD_EMAIL = "Dit is geen geldig e-mailadres. Kijk het na, bijvoorbeeld naam@voorbeeld.nl.";

/**
 * "Laat uw e-mail of 06-nummer achter": one field that takes either. With an @ it is an e-mail
 * address (stored in lower case), otherwise a mobile number read as activity sign-ups read it.
 */
export const contactSchema = z.object({
  projectId,
  reach: z
    .string({ error: NO_REACH })
    .trim()
    .min(1, NO_REACH)
    .max(REACH_MAX, `Vul hoogstens ${REACH_MAX} tekens in.`)
    .transform((value, ctx): { email: string; phone: null } | { email: null; phone: string } => {
      if (value.includes("@")) {
        if (z.email().safeParse(value).success) return { email: value.toLowerCase(), phone: null };
        ctx.addIssue({ code: "custom", message: BAD_EMAIL });
        return z.NEVER;
      }
      const phone = mobileField.safeParse(value);
      if (phone.success && phone.data) return { email: null, phone: phone.data };
      ctx.addIssue({ code: "custom", message: phone.success ? NO_REACH : phone.error.issues[0]!.message });
      return z.NEVER;
    }),
  // The tick sends "ja"; anything else (nothing, or false from react-hook-form) is no consent.
  consent: z.unknown().refine((value) => value === "ja", "Zet een vinkje als u een bericht wilt krijgen."),
});
export type ContactInput = z.input<typeof contactSchema>;

/** The token of a stop link (/projecten/stoppen/[token]). */
export const stopContactSchema = z.object({ token: z.string().trim().min(1, "Deze link werkt niet.").max(100, "Deze link werkt niet.") });
