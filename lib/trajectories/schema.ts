import { z } from "zod";
import "@/lib/platform/forms/zod-dutch";
import { TRAJECTORY_KINDS, TRAJECTORY_OUTCOMES } from "@/db/enums";
import { checkbox, id } from "@/lib/platform/forms/fields";
import { cancelCodeSchema, mobileField, optionalEmailField, wholeNumber } from "@/lib/activities/schema";
import { FIRST_NAME_MAX, HOURS_MAX, HOURS_MIN, NOTE_MAX, STEP_MAX, STEP_MIN } from "./fields";

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const realDay = (value: string) => {
  const noon = new Date(`${value}T12:00:00Z`);
  return DAY_PATTERN.test(value) && !Number.isNaN(noon.getTime()) && noon.toISOString().startsWith(value);
};
const day = (empty: string) => z.string({ error: empty }).trim().min(1, empty).refine(realDay, "Vul een datum in, bijvoorbeeld 2027-03-01.");

const note = (empty: string | null) =>
  z
    .string()
    .trim()
    .max(NOTE_MAX, `Schrijf hoogstens ${NOTE_MAX} tekens.`)
    .optional()
    .default("")
    .refine((value) => empty === null || value !== "", empty ?? "");

const step = wholeNumber({
  empty: "Kies een stap op de ladder.",
  notNumber: "Kies een stap op de ladder.",
  min: [STEP_MIN, "Kies een stap van 1 tot 6."],
  max: [STEP_MAX, "Kies een stap van 1 tot 6."],
});

const trajectoryId = id("Dit dossier bestaat niet (meer).");

export const NO_CLIENT_CONTACT = "Vul een e-mailadres of een 06-nummer in.";

/**
 * The coach starts a trajectory: the client (by address, or only by mobile number and first name),
 * the agreements, and the client's consent.
 */
export const startSchema = z
  .object({
    email: optionalEmailField.transform((value) => value.toLowerCase()),
    phone: mobileField,
    firstName: z.string().trim().max(FIRST_NAME_MAX, `Een voornaam heeft hoogstens ${FIRST_NAME_MAX} tekens.`).optional().default(""),
    startsOn: day("Vul de startdatum in."),
    plannedEndOn: day("Vul de geplande einddatum in."),
    hoursPerWeek: wholeNumber({
      empty: "Vul in hoeveel uur per week.",
      notNumber: "Vul een getal in, bijvoorbeeld 8.",
      min: [HOURS_MIN, `Minstens ${HOURS_MIN} uur per week.`],
      max: [HOURS_MAX, `Hoogstens ${HOURS_MAX} uur per week.`],
    }),
    kind: z.string({ error: "Kies de soort traject." }).pipe(z.enum(TRAJECTORY_KINDS, { error: "Kies de soort traject." })),
    clientGroup: z.string({ error: "Kies een groep." }).trim().min(1, "Kies een groep."),
    startStep: step,
    consent: checkbox.refine((value) => value, "De deelnemer moet eerst toestemming geven. Lees de tekst samen en zet dan het vinkje."),
  })
  .refine((v) => v.plannedEndOn > v.startsOn, { path: ["plannedEndOn"], message: "De einddatum moet na de startdatum liggen." })
  .superRefine((v, ctx) => {
    if (!v.email && !v.phone) ctx.addIssue({ code: "custom", path: ["email"], message: NO_CLIENT_CONTACT });
    if (!v.email && v.phone && !v.firstName) ctx.addIssue({ code: "custom", path: ["firstName"], message: "Vul de voornaam van de deelnemer in." });
  });
export type StartInput = z.input<typeof startSchema>;
export type StartData = z.output<typeof startSchema>;

/** A review: the date, the step on the ladder, and what was discussed. */
export const reviewSchema = z.object({ trajectoryId, on: day("Vul de datum van de evaluatie in."), step, note: note(null) });
export type ReviewInput = z.input<typeof reviewSchema>;

/** A note of the coach. */
export const noteSchema = z.object({ trajectoryId, note: note("Schrijf een notitie.") });
export type NoteInput = z.input<typeof noteSchema>;

/** Ending the trajectory with an outcome. */
export const endSchema = z.object({
  trajectoryId,
  endedOn: day("Vul de einddatum in."),
  outcome: z.string({ error: "Kies hoe het traject afliep." }).pipe(z.enum(TRAJECTORY_OUTCOMES, { error: "Kies hoe het traject afliep." })),
});
export type EndInput = z.input<typeof endSchema>;

/** A place to help, suggested to the client or taken for them. */
export const placeForClientSchema = z.object({ trajectoryId, placeId: id("Kies een plek uit de lijst.") });
export type PlaceForClientInput = z.input<typeof placeForClientSchema>;

/** /mijn-traject without an account, first step: the mobile number the code goes to. */
export const phoneCodeRequestSchema = z.object({ phone: mobileField.refine((value) => value !== "", "Vul uw 06-nummer in. Daar sturen wij de code naar.") });
export type PhoneCodeRequestInput = z.input<typeof phoneCodeRequestSchema>;

/** Second step: the six digits from the text message. */
export const phoneCodeSchema = z.object({ code: cancelCodeSchema.shape.code });
export type PhoneCodeInput = z.input<typeof phoneCodeSchema>;

/** "Verwijder mijn traject", confirmed. */
export const removePhoneTrajectorySchema = z.object({ bevestiging: z.literal("ja", { error: "Bevestig dat u uw traject wilt verwijderen." }) });
