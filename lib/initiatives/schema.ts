import { z } from "zod";
import "@/lib/platform/forms/zod-dutch";
import { checkbox, emptyToUndefined, id, optionalId, pageNumber } from "@/lib/platform/forms/fields";
import {
  COMMENT_MAX,
  CONTACT_MAX,
  DESCRIPTION_MAX,
  HELP_NOTE_MAX,
  MONEY_MAX,
  MONEY_MIN,
  NAME_MAX,
  NOTE_MAX,
  PAPER_COUNT_MAX,
  PAPER_NAMES_MAX,
  PITCH_MAX,
  REPORT_NOTE_MAX,
  REPORT_REASON_OPTIONS,
  SEARCH_MAX,
  TITLE_MAX,
} from "./fields";
import { PUBLIC_STATUSES, STAFF_TRANSITIONS, type Transition } from "./status";


const text = (min: string, max: number, maxMessage: string) =>
  z.string({ error: min }).trim().min(1, min).max(max, maxMessage);

const optionalText = (max: number, maxMessage: string) =>
  z.preprocess(emptyToUndefined, z.string().trim().max(max, maxMessage).optional());

const proposalFields = z.object({
  title: text("Vul een titel in.", TITLE_MAX, `Maak de titel korter: hoogstens ${TITLE_MAX} tekens.`),
  pitch: text(
    "Zeg in één of twee zinnen wat uw idee is.",
    PITCH_MAX,
    `Maak de korte uitleg korter: hoogstens ${PITCH_MAX} tekens.`,
  ),
  description: z.preprocess(
    (value) => value ?? "",
    z.string().trim().max(DESCRIPTION_MAX, `Maak de uitleg korter: hoogstens ${DESCRIPTION_MAX} tekens.`),
  ),
  wijkId: id("Kies een wijk uit de lijst."),
  themeId: id("Kies een thema uit de lijst."),
  needsHelp: checkbox,
  needsPlace: checkbox,
  needsMaterials: checkbox,
  needsMoney: checkbox,
  moneyAmount: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: `Vul een bedrag in hele euro's in, van ${MONEY_MIN} tot ${MONEY_MAX}.` })
      .int(`Vul een bedrag in hele euro's in, zonder komma.`)
      .min(MONEY_MIN, `Het bedrag moet minstens ${MONEY_MIN} euro zijn.`)
      .max(MONEY_MAX, `Het bedrag mag hoogstens ${MONEY_MAX.toLocaleString("nl-NL")} euro zijn.`)
      .optional(),
  ),
  removePhoto: checkbox,
  // Which button was clicked. Without one (an old browser) the idea is saved, never sent unasked.
  intent: z.enum(["concept", "submit"]).catch("concept"),
});

const moneyOnlyWithMoneyNeed = (value: { needsMoney: boolean; moneyAmount?: number }) =>
  value.moneyAmount === undefined || value.needsMoney;
const moneyRule = {
  message: "Zet een vinkje bij 'Geld' als u een bedrag nodig heeft, of maak het bedrag leeg.",
  path: ["moneyAmount"],
};

/** The proposal form, for a new idea and for changing one. */
export const proposalSchema = proposalFields.refine(moneyOnlyWithMoneyNeed, moneyRule);
export type ProposalInput = z.infer<typeof proposalSchema>;

/** Changing one's own idea: the proposal form with the idea it changes. */
export const proposalChangeSchema = proposalFields
  .extend({ initiativeId: id("Dit idee bestaat niet (meer).") })
  .refine(moneyOnlyWithMoneyNeed, moneyRule);

/** A buurtwerker registers an idea for a resident met on the street. */
export const onBehalfSchema = proposalFields
  .extend({
    residentName: text("Vul de naam van de bewoner in.", NAME_MAX, `De naam mag hoogstens ${NAME_MAX} tekens hebben.`),
    residentContact: optionalText(CONTACT_MAX, `Dit mag hoogstens ${CONTACT_MAX} tekens hebben.`),
    residentAgreed: checkbox.refine((ticked) => ticked, "Vraag eerst of de bewoner het goed vindt. Zet dan het vinkje."),
  })
  .refine(moneyOnlyWithMoneyNeed, moneyRule);
export type OnBehalfInput = z.infer<typeof onBehalfSchema>;

const NOTE_REQUIRED: Partial<Record<Transition, string>> = {
  send_back: "Schrijf wat de bewoner moet aanpassen.",
  reject: "Schrijf waarom het idee niet doorgaat.",
  finish: "Schrijf kort wat er bereikt is.",
};

/** A staff transition; send back, reject and finish need a message, assigning needs a coach. */
export const transitionSchema = z
  .object({
    initiativeId: id("Dit idee bestaat niet."),
    transition: z.enum(STAFF_TRANSITIONS as [Transition, ...Transition[]], { error: "Kies wat u wilt doen." }),
    note: optionalText(NOTE_MAX, `Maak het bericht korter: hoogstens ${NOTE_MAX} tekens.`),
    coachId: z.preprocess(emptyToUndefined, z.string().max(64).optional()),
  })
  .superRefine((value, ctx) => {
    const required = NOTE_REQUIRED[value.transition];
    if (required && !value.note) ctx.addIssue({ code: "custom", path: ["note"], message: required });
    if (value.transition === "assign_coach" && !value.coachId) {
      ctx.addIssue({ code: "custom", path: ["coachId"], message: "Kies een buurtwerker uit de lijst." });
    }
  });

export const initiatorTransitionSchema = z.object({
  initiativeId: id("Dit idee bestaat niet."),
  transition: z.enum(["submit", "resubmit", "withdraw"], { error: "Kies wat u wilt doen." }),
});

export const backingSchema = z.object({ initiativeId: id("Dit idee bestaat niet.") });

export const helpSchema = z.object({
  initiativeId: id("Dit idee bestaat niet."),
  helpNote: text(
    "Schrijf kort wat u kunt doen.",
    HELP_NOTE_MAX,
    `Maak uw bericht korter: hoogstens ${HELP_NOTE_MAX} tekens.`,
  ),
});

export const commentSchema = z.object({
  initiativeId: id("Dit idee bestaat niet."),
  body: text("Schrijf eerst uw reactie.", COMMENT_MAX, `Maak uw reactie korter: hoogstens ${COMMENT_MAX} tekens.`),
});

export const reportSchema = z.object({
  initiativeId: id("Dit idee bestaat niet."),
  commentId: optionalId("Deze reactie bestaat niet (meer)."),
  reason: z.enum(REPORT_REASON_OPTIONS, { error: "Kies waarom u dit meldt." }),
  note: optionalText(REPORT_NOTE_MAX, `Maak uw uitleg korter: hoogstens ${REPORT_NOTE_MAX} tekens.`),
});

/** A buurtwerker decides on something hidden by reports, or hides a comment. Reason required. */
export const reviewSchema = z.object({
  initiativeId: id("Dit idee bestaat niet."),
  commentId: optionalId("Deze reactie bestaat niet (meer)."),
  decision: z.enum(["restore", "hide"], { error: "Kies: terugzetten of verbergen." }),
  reason: text("Schrijf kort waarom.", NOTE_MAX, `Maak de reden korter: hoogstens ${NOTE_MAX} tekens.`),
});

export const paperSupportSchema = z.object({
  initiativeId: id("Dit idee bestaat niet."),
  count: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: "Vul in hoeveel mensen op papier steunen." })
      .int("Vul een heel getal in.")
      .min(1, "Vul minstens 1 in.")
      .max(PAPER_COUNT_MAX, `Vul hoogstens ${PAPER_COUNT_MAX} in.`),
  ),
  names: optionalText(PAPER_NAMES_MAX, `De lijst met namen mag hoogstens ${PAPER_NAMES_MAX} tekens hebben.`),
});

export const SORTS = ["nieuw", "steun"] as const;
export const LIST_PAGE_SIZE = 20;

const optionalFilterId = optionalId("Deze reactie bestaat niet (meer).").catch(undefined);

/** The list filters from the URL; anything odd falls back to "no filter" instead of an error. */
export const listFilterSchema = z.object({
  q: z.string().trim().max(SEARCH_MAX).catch(""),
  wijk: optionalFilterId,
  thema: optionalFilterId,
  status: z.enum(PUBLIC_STATUSES).optional().catch(undefined),
  sort: z.enum(SORTS).catch("nieuw"),
  pagina: pageNumber,
});
export type ListFilter = z.infer<typeof listFilterSchema>;
