import { z } from "zod";
import "@/lib/platform/forms/zod-dutch";
import { checkbox, id, optionalId, pageNumber, yes } from "@/lib/platform/forms/fields";
import { addressField, localDateTime, mobileField, nameField, wholeNumber } from "@/lib/activities/schema";
import { fromLocalInput, toLocalInput } from "@/lib/platform/time";
import { BRING_MAX, HELP_PLACES_MAX, HOST_NAME_MAX, MORE_DATE_NAMES, TASK_MAX } from "./fields";
import { SKILL_KEYS, type Skill } from "./skills";

export type OfferDateField = "startsAt" | (typeof MORE_DATE_NAMES)[number];

const dayField = z
  .string()
  .trim()
  .optional()
  .default("")
  .refine((value) => value === "" || fromLocalInput(`${value}T12:00`) !== null, "Vul een datum in, bijvoorbeeld 8-8-2026, of laat het leeg.");
const moreDateFields = Object.fromEntries(MORE_DATE_NAMES.map((name) => [name, dayField])) as Record<(typeof MORE_DATE_NAMES)[number], typeof dayField>;

/** A place to help, offered for an idea (by its initiator or staff) or for an activity (staff). */
export const offerSchema = z
  .object({
    task: z
      .string({ error: "Schrijf op wat iemand komt doen." })
      .trim()
      .min(10, "Schrijf in een zin wat iemand komt doen, bijvoorbeeld: Soep maken voor de buren.")
      .max(TASK_MAX, `Schrijf hoogstens ${TASK_MAX} tekens.`),
    bring: z.string().trim().max(BRING_MAX, `Schrijf hoogstens ${BRING_MAX} tekens.`).optional().default(""),
    wijkId: id("Kies een wijk uit de lijst."),
    address: addressField,
    startsAt: localDateTime("Vul in wanneer het begint."),
    endsAt: localDateTime("Vul in wanneer het eindigt."),
    places: wholeNumber({
      empty: "Vul in hoeveel mensen kunnen helpen.",
      notNumber: "Vul een getal in, bijvoorbeeld 3.",
      min: [1, "Er moet minstens 1 plek zijn."],
      max: [HELP_PLACES_MAX, `Hoogstens ${HELP_PLACES_MAX} plekken.`],
    }),
    hostName: z
      .string({ error: "Vul uw voornaam in." })
      .trim()
      .min(1, "Vul uw voornaam in.")
      .max(HOST_NAME_MAX, `Uw voornaam mag hoogstens ${HOST_NAME_MAX} tekens hebben.`),
    initiativeId: optionalId("Dit idee bestaat niet (meer)."),
    activityId: optionalId("Deze activiteit bestaat niet (meer)."),
    ...moreDateFields,
  })
  .superRefine((data, ctx) => {
    if (data.endsAt <= data.startsAt) ctx.addIssue({ code: "custom", path: ["endsAt"], message: "Het einde moet na het begin liggen." });
    if (!data.initiativeId === !data.activityId) {
      ctx.addIssue({ code: "custom", path: ["task"], message: "Een plek hoort bij één idee of bij één activiteit." });
    }
    const seen = new Set([toLocalInput(data.startsAt).slice(0, 10)]);
    for (const name of MORE_DATE_NAMES) {
      const day = data[name];
      if (!day) continue;
      if (seen.has(day)) ctx.addIssue({ code: "custom", path: [name], message: "Deze dag staat er al. Kies een andere dag of laat het leeg." });
      seen.add(day);
    }
  })
  .transform(({ date2, date3, date4, date5, date6, ...data }) => {
    // The other dates have the first date's times (a place that runs past midnight keeps its length).
    const time = toLocalInput(data.startsAt).slice(11);
    const length = data.endsAt.getTime() - data.startsAt.getTime();
    const more = [date2, date3, date4, date5, date6].flatMap((day, index) => {
      if (!day) return [];
      const startsAt = fromLocalInput(`${day}T${time}`)!;
      return [{ field: MORE_DATE_NAMES[index]!, startsAt, endsAt: new Date(startsAt.getTime() + length) }];
    });
    return { ...data, dates: [{ field: "startsAt" as OfferDateField, startsAt: data.startsAt, endsAt: data.endsAt }, ...more] };
  });
export type OfferInput = z.input<typeof offerSchema>;
export type OfferData = z.output<typeof offerSchema>;

const placeId = id("Deze plek bestaat niet (meer).");
const takeId = id("Deze aanmelding bestaat niet (meer).");

/**
 * Taking a place. Signed in, the account is enough; without an account a first name and a mobile
 * number (the answer comes by text message). The action picks the schema by the session.
 */
const allDates = z.preprocess((value) => value === "alle", z.boolean());
export const takeWithAccountSchema = z.object({ placeId, allDates });
export const takeByPhoneSchema = z.object({
  placeId,
  allDates,
  name: nameField,
  phone: mobileField.refine((value) => value !== "", "Vul uw mobiele nummer in. Daar krijgt u het antwoord."),
  consent: z.unknown().refine((value) => value === "ja", "Zet een vinkje als u het goed vindt dat wij uw nummer hiervoor gebruiken."),
});
export type TakeByPhoneInput = z.input<typeof takeByPhoneSchema>;
export type TakeByPhoneData = z.output<typeof takeByPhoneSchema>;

/** A signed-in person withdraws their own take from /account. */
export const ownTakeSchema = z.object({ takeId });

/** The host accepts or declines one person. */
export const decideSchema = z.object({ takeId, accept: yes });

/** Each skill is its own checkbox ("skill-koken"): a form posts one value per name. */
export const skillField = (key: Skill) => `skill-${key}`;
const skillFields = Object.fromEntries(SKILL_KEYS.map((key) => [skillField(key), checkbox])) as Record<string, typeof checkbox>;

/** After the date: came or did not come, and the skills for the certificate. */
export const attendanceSchema = z
  .object({ takeId, came: yes, ...skillFields })
  .transform(({ takeId, came, ...ticked }) => ({ takeId, came, skills: SKILL_KEYS.filter((key) => (ticked as Record<string, boolean>)[skillField(key)] === true) }));

export const PLACES_PAGE_SIZE = 20;

export const meedoenFilterSchema = z.object({
  wijk: z.coerce.number().int().positive().optional().catch(undefined),
  week: z.enum(["deze"]).optional().catch(undefined),
  pagina: pageNumber,
});

/** The certificate's short code, as typed or in the link. */
export const CERTIFICATE_CODE_LENGTH = 10;
export const certificateCodeSchema = z
  .string()
  .transform((value) => value.replace(/[\s-]/g, "").toUpperCase())
  .pipe(z.string().regex(new RegExp(`^[A-Z2-9]{${CERTIFICATE_CODE_LENGTH}}$`)));
