import { z } from "zod";
import "@/lib/platform/forms/zod-dutch";
import { optionalId } from "@/lib/platform/forms/fields";
import { LEEFGEBIEDEN } from "@/lib/reference/leefgebieden";
import { CLIENT_GROUP_MAX, CLIENT_GROUPS_DEFAULT, CLIENT_GROUPS_COUNT_MAX, parseClientGroups } from "./client-groups";
import { NUMBER_SETTINGS, PLACE_NAME_MAX, PLACE_NAME_MIN, type NumberSettingKey } from "./fields";

const wholeNumber = (key: NumberSettingKey) => {
  const { min, max } = NUMBER_SETTINGS[key];
  const message = `Vul een heel getal in van ${min} tot ${max.toLocaleString("nl-NL")}.`;
  return z.coerce.number({ error: message }).int(message).min(min, message).max(max, message);
};

const CLIENT_GROUPS_MESSAGE = `Vul 1 tot ${CLIENT_GROUPS_COUNT_MAX} groepen in, met komma's ertussen, elk hoogstens ${CLIENT_GROUP_MAX} tekens. Bijvoorbeeld: C, D, E.`;

export const settingsSchema = z.object({
  supportThreshold: wholeNumber("supportThreshold"),
  initiativeGoal: wholeNumber("initiativeGoal"),
  guestDataRetentionMonths: wholeNumber("guestDataRetentionMonths"),
  clientGroups: z
    .string({ error: CLIENT_GROUPS_MESSAGE })
    .optional()
    .default(CLIENT_GROUPS_DEFAULT)
    .transform(parseClientGroups)
    .refine((labels) => labels.length >= 1 && labels.length <= CLIENT_GROUPS_COUNT_MAX && labels.every((label) => label.length <= CLIENT_GROUP_MAX), CLIENT_GROUPS_MESSAGE)
    .transform((labels) => labels.join(", ")),
});
export type SettingsValues = z.output<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;

/** An empty or missing id means "a new one". */
const existing = optionalId("Dit bestaat niet (meer).");

const name = z
  .string()
  .trim()
  .min(PLACE_NAME_MIN, `Vul een naam in van minstens ${PLACE_NAME_MIN} tekens.`)
  .max(PLACE_NAME_MAX, `De naam mag hoogstens ${PLACE_NAME_MAX} tekens hebben.`);

/** A new wijk, or a new name for one (with `wijkId`). */
export const wijkSchema = z.object({ wijkId: existing, name });
export type WijkInput = z.input<typeof wijkSchema>;

/** A new theme, or a new name and leefgebied for one (with `themeId`). */
export const themeSchema = z.object({
  themeId: existing,
  name,
  leefgebied: z.enum(LEEFGEBIEDEN, { error: "Kies een leefgebied uit de lijst." }),
});
export type ThemeInput = z.input<typeof themeSchema>;
