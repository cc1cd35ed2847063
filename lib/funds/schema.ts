import { z } from "zod";
import "@/lib/platform/forms/zod-dutch";
import { checkbox, emptyToUndefined, id, optionalId } from "@/lib/platform/forms/fields";
import {
  ADVICE_MAX,
  AMOUNT_MAX_CENTS,
  CONDITIONS_MAX,
  CONTACT_NAME_MAX,
  COUNT_MAX,
  EMAIL_MAX,
  FUND_NAME_MAX,
  PROVIDER_MAX,
  REASON_MAX,
  RESULT_TEXT_MAX,
  WHAT_FOR_MAX,
  YEAR_MAX,
  YEAR_MIN,
} from "./fields";
import { formatEuros, hasInnerSpace, parseEuros } from "@/lib/platform/money";

const AMOUNT_MESSAGE = `Vul een bedrag in euro's in, bijvoorbeeld 1250 of 1.250,50. Hoogstens ${formatEuros(AMOUNT_MAX_CENTS, true)}.`;

const AMOUNT_SPACES_MESSAGE = "Typ het bedrag zonder spaties, bijvoorbeeld 1250 of 1.250,50.";

/** An amount in euros as typed ("1.250,50", "1250") to whole cents; never a float. */
const euroAmount = (min = 1) =>
  z
    .string({ error: AMOUNT_MESSAGE })
    .transform((value, ctx) => {
      const cents = parseEuros(value);
      if (cents === null || cents < min || cents > AMOUNT_MAX_CENTS) {
        const message = cents === 0 ? "Vul een bedrag hoger dan 0 in." : hasInnerSpace(value) ? AMOUNT_SPACES_MESSAGE : AMOUNT_MESSAGE;
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return cents;
    });

const text = (required: string, max: number) =>
  z.string({ error: required }).trim().min(1, required).max(max, `Maak dit korter: hoogstens ${max} tekens.`);

const optionalText = (max: number) =>
  z.preprocess(emptyToUndefined, z.string().trim().max(max, `Maak dit korter: hoogstens ${max} tekens.`).optional());

/** A day from a date field ("2026-11-25"), as midnight UTC of that day. */
const day = z
  .string({ error: "Vul een datum in." })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Vul een datum in, bijvoorbeeld 25-11-2026.")
  .transform((value, ctx) => {
    const ms = Date.parse(`${value}T00:00:00Z`);
    if (Number.isNaN(ms) || new Date(ms).getUTCFullYear() < YEAR_MIN || new Date(ms).getUTCFullYear() > YEAR_MAX) {
      ctx.addIssue({ code: "custom", message: "Deze datum bestaat niet. Kies een andere datum." });
      return z.NEVER;
    }
    return new Date(ms);
  });

const whole = (message: string) =>
  z.preprocess(emptyToUndefined, z.coerce.number({ error: message }).int(message).min(0, message).max(COUNT_MAX, message));

const initiativeId = id("Dit idee bestaat niet (meer).");
const grantId = id("Deze toekenning bestaat niet (meer).");

/** A new fund (no fundId) or changes to one. */
export const fundSchema = z.object({
  fundId: optionalId(),
  name: text("Vul de naam van het fonds in.", FUND_NAME_MAX),
  provider: text("Vul in wie het geld geeft.", PROVIDER_MAX),
  open: checkbox,
});

/** The budget of a fund for one year. */
export const budgetSchema = z.object({
  fundId: id("Kies een fonds."),
  year: z.coerce
    .number({ error: `Vul een jaar in, van ${YEAR_MIN} tot ${YEAR_MAX}.` })
    .int(`Vul een jaar in, van ${YEAR_MIN} tot ${YEAR_MAX}.`)
    .min(YEAR_MIN, `Vul een jaar in, van ${YEAR_MIN} tot ${YEAR_MAX}.`)
    .max(YEAR_MAX, `Vul een jaar in, van ${YEAR_MIN} tot ${YEAR_MAX}.`),
  amount: euroAmount(0),
});

/** One line of an idea's budget: what for and how much. */
export const budgetLineSchema = z.object({
  initiativeId,
  whatFor: text("Schrijf op waarvoor u het geld nodig heeft.", WHAT_FOR_MAX),
  amount: euroAmount(),
});

/** "Vraag om geld versturen": only the idea. */
export const moneyRequestSchema = z.object({ initiativeId });
export const removeBudgetLineSchema = z.object({ initiativeId, lineId: id("Deze regel bestaat niet (meer).") });

/** The coach's (or any buurtwerker's) advice on the money request. */
export const adviceSchema = z.object({ initiativeId, text: text("Schrijf uw advies op.", ADVICE_MAX) });

/** The beheerder grants (fund, amount, conditions, municipal contact) or refuses with a reason. */
export const decisionSchema = z.discriminatedUnion("decision", [
  z.object({
    decision: z.literal("grant"),
    initiativeId,
    fundId: id("Kies een fonds."),
    amount: euroAmount(),
    conditions: optionalText(CONDITIONS_MAX),
    contactName: text("Vul de naam van de contactpersoon bij de gemeente in.", CONTACT_NAME_MAX),
    contactEmail: z
      .string({ error: "Vul het e-mailadres van de contactpersoon in." })
      .trim()
      .max(EMAIL_MAX, "Dit e-mailadres is te lang.")
      .pipe(z.email("Vul een goed e-mailadres in, zoals naam@heerlen.nl.")),
  }),
  z.object({
    decision: z.literal("refuse"),
    initiativeId,
    reason: text("Schrijf op waarom het geld niet wordt gegeven.", REASON_MAX),
  }),
], { error: "Kies: geld geven of niet geven." });

/** A tranche paid out on a grant. */
export const paymentSchema = z.object({ initiativeId, grantId, on: day, amount: euroAmount() });

/** Spending reported by the initiator; the receipt photo comes as a file beside these fields. */
export const spendingSchema = z.object({
  initiativeId,
  grantId,
  on: day,
  amount: euroAmount(),
  whatFor: text("Schrijf op waaraan u het geld heeft uitgegeven.", WHAT_FOR_MAX),
});

/** Money that is left, paid back to the fund. */
export const returnSchema = z.object({ initiativeId, grantId, on: day, amount: euroAmount() });

/** "Wat is er bereikt": the result of a realised idea. Photos come as files beside these fields. */
export const resultSchema = z.object({
  initiativeId,
  whatHappened: text("Vertel in een paar zinnen wat er is gebeurd.", RESULT_TEXT_MAX),
  peopleReached: whole("Vul een aantal mensen in, een heel getal (0 mag ook)."),
  volunteers: whole("Vul het aantal vrijwilligers in, een heel getal (0 mag ook)."),
  volunteerHours: whole("Vul het aantal uren in, een heel getal (0 mag ook)."),
});

export type DecisionInput = z.infer<typeof decisionSchema>;
export type ResultInput = z.infer<typeof resultSchema>;
