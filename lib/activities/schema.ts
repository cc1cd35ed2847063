import { z } from "zod";
import "@/lib/platform/forms/zod-dutch";
import { checkbox, emptyToUndefined, id, optionalId, pageNumber, yes } from "@/lib/platform/forms/fields";
import { REPORT_REASONS } from "@/db/enums";
import { readMobile } from "@/lib/platform/sms/phone";
import { EMAIL_MAX } from "@/lib/platform/forms/email";
import {
  ADDRESS_MAX,
  DESCRIPTION_MAX,
  NAME_MAX,
  NOTES_MAX,
  ORGANIZER_MESSAGE_MAX,
  ORGANIZER_REASON_MAX,
  PARTY_SIZE_LIMIT,
  PHONE_MAX,
  PLACES_MAX,
  SERIES_NAME_MAX,
  TITLE_MAX,
  WALK_IN_NAME_MAX,
} from "./fields";
import { REPORT_NOTE_MAX } from "@/lib/initiatives/fields";
import { fromLocalInput } from "@/lib/platform/time";

const NUMBER_PATTERN = /^-?\d+$/;

/** A whole number typed in a text or number field, with Dutch messages for every way it goes wrong. */
export function wholeNumber(messages: { empty: string; notNumber: string; min: [number, string]; max: [number, string] }) {
  return z
    .string({ error: messages.empty })
    .trim()
    .min(1, messages.empty)
    .regex(NUMBER_PATTERN, messages.notNumber)
    .transform(Number)
    .pipe(z.number().min(messages.min[0], messages.min[1]).max(messages.max[0], messages.max[1]));
}

export function partySizeField(maxPartySize: number) {
  return wholeNumber({
    empty: "Vul in met hoeveel personen u komt.",
    notNumber: "Vul een getal in, bijvoorbeeld 2.",
    min: [1, "Met hoeveel personen komt u? Vul minstens 1 in."],
    max: [maxPartySize, `U kunt met hoogstens ${maxPartySize} personen komen per aanmelding.`],
  });
}

/** An e-mail address that may stay empty when a mobile number is given. */
export const optionalEmailField = z
  .string()
  .trim()
  .max(EMAIL_MAX, "Dit e-mailadres is te lang.")
  .refine((value) => value === "" || z.email().safeParse(value).success, "Dit is geen geldig e-mailadres. Kijk het na, bijvoorbeeld naam@voorbeeld.nl.")
  .optional()
  .default("");

/** A mobile number, any way it is typed, read as E.164 (+31612345678); "" when left empty. */
export const mobileField = z
  .string()
  .trim()
  .max(PHONE_MAX, `Een telefoonnummer heeft hoogstens ${PHONE_MAX} tekens.`)
  .optional()
  .default("")
  .transform((value, ctx) => {
    if (value === "") return "";
    const read = readMobile(value);
    if ("refused" in read) {
      ctx.addIssue({ code: "custom", message: read.refused });
      return z.NEVER;
    }
    return read.number;
  });

export const nameField = z
  .string({ error: "Vul uw naam in." })
  .trim()
  .min(1, "Vul uw naam in.")
  .max(NAME_MAX, `Uw naam mag hoogstens ${NAME_MAX} tekens hebben.`);

const NO_CONTACT = "Vul een e-mailadres of een mobiel nummer in. Een van de twee is genoeg.";

/** One of the two is needed: the confirmation and the way to cancel go there. */
function withContact<T extends z.ZodType<{ email: string; phone: string }>>(schema: T) {
  return schema.superRefine((data, ctx) => {
    if (!data.email && !data.phone) ctx.addIssue({ code: "custom", path: ["email"], message: NO_CONTACT });
  });
}

const notesField = z
  .string()
  .trim()
  .max(NOTES_MAX, `Schrijf hoogstens ${NOTES_MAX} tekens.`)
  .optional()
  .default("");

function signupFieldsFor(maxPartySize: number) {
  return z.object({
    name: nameField,
    email: optionalEmailField,
    phone: mobileField,
    partySize: partySizeField(maxPartySize),
    notes: notesField,
    // The tick sends "ja"; anything else (nothing, or false from react-hook-form) is no consent.
    consent: z
      .unknown()
      .refine((value) => value === "ja", "Zet een vinkje als u het goed vindt dat wij uw gegevens hiervoor gebruiken."),
  });
}

/** The sign-up form, for an activity that allows `maxPartySize` people per sign-up. */
export function signupSchemaFor(maxPartySize: number) {
  return withContact(signupFieldsFor(maxPartySize));
}
export type SignupInput = z.input<ReturnType<typeof signupSchemaFor>>;
export type SignupData = z.output<ReturnType<typeof signupSchemaFor>>;

/** A date and time from <input type="datetime-local">, read in Heerlen's time. */
export function localDateTime(empty: string) {
  return z
    .string({ error: empty })
    .trim()
    .min(1, empty)
    .transform((value, ctx) => {
      const date = fromLocalInput(value);
      if (!date) {
        ctx.addIssue({ code: "custom", message: "Vul een datum en tijd in, bijvoorbeeld 8-8-2026 17:00." });
        return z.NEVER;
      }
      return date;
    });
}

/** Where it happens: a street and number, as residents find it. */
export const addressField = z
  .string({ error: "Vul het adres in." })
  .trim()
  .min(3, "Vul het adres in, bijvoorbeeld Stackstraat 1, Heerlen.")
  .max(ADDRESS_MAX, `Het adres mag hoogstens ${ADDRESS_MAX} tekens hebben.`);

const titleField = z
  .string({ error: "Vul een titel in." })
  .trim()
  .min(3, "Vul een titel in van minstens 3 tekens.")
  .max(TITLE_MAX, `Vul een titel in van hoogstens ${TITLE_MAX} tekens.`);
const descriptionField = z
  .string()
  .trim()
  .max(DESCRIPTION_MAX, `De uitleg mag hoogstens ${DESCRIPTION_MAX} tekens hebben.`)
  .optional()
  .default("");
const placesField = wholeNumber({
  empty: "Vul het aantal plekken in.",
  notNumber: "Vul een getal in, bijvoorbeeld 50.",
  min: [1, "Er moet minstens 1 plek zijn."],
  max: [PLACES_MAX, `Hoogstens ${PLACES_MAX} plekken.`],
});
const maxPartySizeField = wholeNumber({
  empty: "Vul in met hoeveel personen iemand mag komen.",
  notNumber: "Vul een getal in, bijvoorbeeld 6.",
  min: [1, "Vul minstens 1 in."],
  max: [PARTY_SIZE_LIMIT, `Vul hoogstens ${PARTY_SIZE_LIMIT} in.`],
});

function endAfterStart(data: { startsAt: Date; endsAt: Date }, ctx: z.RefinementCtx) {
  if (data.endsAt <= data.startsAt) {
    ctx.addIssue({ code: "custom", path: ["endsAt"], message: "Het einde moet na het begin liggen." });
  }
}

export const activitySchema = z
  .object({
    title: titleField,
    description: descriptionField,
    wijkId: z.coerce
      .number({ error: "Kies een wijk uit de lijst." })
      .int("Kies een wijk uit de lijst.")
      .positive("Kies een wijk uit de lijst."),
    address: addressField,
    startsAt: localDateTime("Vul in wanneer het begint."),
    endsAt: localDateTime("Vul in wanneer het eindigt."),
    signupDeadline: localDateTime("Vul in tot wanneer mensen zich kunnen aanmelden."),
    places: placesField,
    maxPartySize: maxPartySizeField,
    // Given when an existing activity is changed.
    activityId: optionalId("Deze activiteit bestaat niet (meer)."),
    seriesId: optionalId("Kies een reeks uit de lijst."),
    initiativeId: optionalId("Kies een initiatief uit de lijst."),
  })
  .superRefine((data, ctx) => {
    endAfterStart(data, ctx);
    if (data.signupDeadline > data.startsAt) {
      ctx.addIssue({
        code: "custom",
        path: ["signupDeadline"],
        message: "Aanmelden moet sluiten vóór het begin van de activiteit.",
      });
    }
  });
export type ActivityInput = z.input<typeof activitySchema>;
export type ActivityData = z.output<typeof activitySchema>;

export const seriesSchema = z.object({
  name: z
    .string({ error: "Vul een naam in." })
    .trim()
    .min(3, "Vul een naam in van minstens 3 tekens, bijvoorbeeld BBQ-zomer 2026.")
    .max(SERIES_NAME_MAX, `De naam mag hoogstens ${SERIES_NAME_MAX} tekens hebben.`),
  oneSignupPerEmail: yes,
});
export type SeriesInput = z.input<typeof seriesSchema>;

export const walkInSchema = z.object({
  name: z
    .string()
    .trim()
    .max(WALK_IN_NAME_MAX, `Een naam mag hoogstens ${WALK_IN_NAME_MAX} tekens hebben.`)
    .optional()
    .default(""),
  partySize: wholeNumber({
    empty: "Vul in met hoeveel personen ze binnenkomen.",
    notNumber: "Vul een getal in, bijvoorbeeld 3.",
    min: [1, "Vul minstens 1 in."],
    max: [PLACES_MAX, "Dit getal is te groot."],
  }),
});
export type WalkInInput = z.input<typeof walkInSchema>;

const activityId = id("Deze activiteit bestaat niet (meer).");
const signupId = id("Deze aanmelding bestaat niet (meer).");

/** The forms on a staff page of one activity post its id with their own fields. */
export const activityRefSchema = z.object({ activityId });
export const walkInActionSchema = walkInSchema.extend({ activityId });
export const checkInSchema = z.object({ activityId, signupId, present: yes });
export const seriesRuleSchema = z.object({ seriesId: id("Deze reeks bestaat niet (meer)."), oneSignupPerEmail: yes });

/** A resident cancels one of their own sign-ups from /account. */
export const ownSignupSchema = z.object({ signupId });

/** The sign-up form as the server reads it: with the activity, whose limits decide the party size. */
export const signupActionSchemaFor = (maxPartySize: number) => withContact(signupFieldsFor(maxPartySize).extend({ activityId }));

/**
 * A buurtwerker signs a resident up for them, by number or address: the resident's consent is the
 * buurtwerker's tick, as for an idea on someone's behalf.
 */
export function onBehalfSignupSchemaFor(maxPartySize: number) {
  return withContact(
    z.object({
      activityId,
      name: z.string({ error: "Vul de naam van de bewoner in." }).trim().min(1, "Vul de naam van de bewoner in.").max(NAME_MAX, `De naam mag hoogstens ${NAME_MAX} tekens hebben.`),
      email: optionalEmailField,
      phone: mobileField,
      partySize: partySizeField(maxPartySize),
      notes: notesField,
      residentAgreed: checkbox.refine((ticked) => ticked, "Vraag eerst of de bewoner het goed vindt. Zet dan het vinkje."),
    }),
  );
}
export type OnBehalfSignupInput = z.input<ReturnType<typeof onBehalfSignupSchemaFor>>;

export const CANCEL_CODE_LENGTH = 6;
/**
 * After this many wrong codes for a number its codes are dead, also the right one: six digits must
 * not be guessed. The link in the text still works, and the next sign-up with the number texts a
 * new code.
 */
export const CANCEL_CODE_TRIES = 5;

/** Cancelling with the number and the code from the text message (/aanmelding/code). */
export const cancelCodeSchema = z.object({
  phone: mobileField.refine((value) => value !== "", "Vul het mobiele nummer in waarmee u zich aanmeldde."),
  code: z
    .string({ error: "Vul de code uit de sms in." })
    .transform((value) => value.replace(/\s/g, ""))
    .pipe(
      z
        .string()
        .min(1, "Vul de code uit de sms in.")
        .regex(new RegExp(`^\\d{${CANCEL_CODE_LENGTH}}$`), `De code heeft ${CANCEL_CODE_LENGTH} cijfers. Kijk in de sms.`),
    ),
});
export type CancelCodeInput = z.input<typeof cancelCodeSchema>;

export const ACTIVITY_PAGE_SIZE = 20;

export const activityFilterSchema = z.object({
  wijk: z.coerce.number().int().positive().optional().catch(undefined),
  reeks: z.coerce.number().int().positive().optional().catch(undefined),
  tijd: z.enum(["komend", "voorbij"]).catch("komend"),
  pagina: pageNumber,
});

/** The personal link's token, as the forms on /aanmelding/[token] send it. */
export const signupLinkSchema = z.object({
  token: z.string().min(1, "Deze link werkt niet.").max(100, "Deze link werkt niet."),
});

/** A new number of people for a sign-up; the activity's own maximum is checked by the command. */
const newPartySize = partySizeField(PARTY_SIZE_LIMIT);
export const linkPartySizeSchema = signupLinkSchema.extend({ partySize: newPartySize });
export const ownPartySizeSchema = ownSignupSchema.extend({ partySize: newPartySize });

/**
 * Text an initiator types for others (an activity, a message to everyone signed up) goes out under
 * our name to addresses the initiator never saw: no web addresses in it, so it cannot carry a link.
 */
const WEB_ADDRESS = /(https?:\/\/|www\.|\b[a-z0-9-]+\.(nl|com|org|net|be|de|eu|info|io|ly|me|app)\b)/i;
const NO_LINKS = "Zet hier geen internetadres in. Mensen vinden alles op de pagina van de activiteit.";
const withoutLinks = <T extends z.ZodType<string>>(field: T) => field.refine((value) => !WEB_ADDRESS.test(value), NO_LINKS);

/**
 * The initiator's shorter form: what, when, where and how many. The wijk is the idea's, and
 * signing up closes when it starts.
 */
export const ownActivitySchema = z
  .object({
    initiativeId: id("Dit idee bestaat niet (meer)."),
    title: withoutLinks(titleField),
    description: withoutLinks(descriptionField),
    address: withoutLinks(addressField),
    startsAt: localDateTime("Vul in wanneer het begint."),
    endsAt: localDateTime("Vul in wanneer het eindigt."),
    places: placesField,
    maxPartySize: maxPartySizeField,
  })
  .superRefine(endAfterStart);
export type OwnActivityInput = z.input<typeof ownActivitySchema>;
export type OwnActivityData = z.output<typeof ownActivitySchema>;

/** A buurtwerker's decision on an initiator's activity; a reason is needed for no and for a pause. */
export const APPROVAL_DECISIONS = ["goedkeuren", "afwijzen", "pauzeren", "hervatten", "terugzetten"] as const;
export type ApprovalDecision = (typeof APPROVAL_DECISIONS)[number];
export const approvalSchema = z
  .object({
    activityId,
    decision: z.enum(APPROVAL_DECISIONS, { error: "Kies wat u beslist." }),
    reason: z.string().trim().max(ORGANIZER_REASON_MAX, `Schrijf hoogstens ${ORGANIZER_REASON_MAX} tekens.`).optional().default(""),
  })
  .superRefine((data, ctx) => {
    if ((data.decision === "afwijzen" || data.decision === "pauzeren") && !data.reason) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "Schrijf kort waarom. De bewoner leest het." });
    }
  });
export type ApprovalInput = z.input<typeof approvalSchema>;

/** The organiser's one message to everyone signed up. */
export const organizerMessageSchema = z.object({
  activityId,
  body: withoutLinks(
    z
      .string({ error: "Schrijf eerst uw bericht." })
      .trim()
      .min(1, "Schrijf eerst uw bericht.")
      .max(ORGANIZER_MESSAGE_MAX, `Maak uw bericht korter: hoogstens ${ORGANIZER_MESSAGE_MAX} tekens.`),
  ),
});
export type OrganizerMessageInput = z.input<typeof organizerMessageSchema>;

/** A resident reports an initiator's activity, as they report a comment. */
export const activityReportSchema = z.object({
  activityId,
  reason: z.enum(REPORT_REASONS, { error: "Kies waarom u dit meldt." }),
  note: z.preprocess(emptyToUndefined, z.string().trim().max(REPORT_NOTE_MAX, `Maak uw uitleg korter: hoogstens ${REPORT_NOTE_MAX} tekens.`).optional()),
});
