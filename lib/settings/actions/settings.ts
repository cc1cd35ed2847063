"use server";

import { getDb } from "@/db/client";
import { defineAction } from "@/lib/platform/forms/define-action";
import { changed } from "@/lib/platform/page-cache/changed";
import { saveSettings, saveTheme, saveWijk } from "../commands/settings";
import { settingsSchema, themeSchema, wijkSchema } from "../schema";

/** Settings, wijken and themes show on nearly every page (threshold, goal, filters, forms). */
const beheerder = { permission: "settings:manage", changed: () => changed.everything() } as const;

/** The beheerder saves the support threshold, the goal and how long guests' data is kept. */
export const saveSettingsAction = defineAction({
  ...beheerder,
  schema: settingsSchema,
  run: ({ input, user }) => saveSettings(getDb(), { actorId: user.id, values: input }),
  message: ({ result }) => (result.length ? "De instellingen zijn opgeslagen." : "Er was niets veranderd."),
});

/** Adds a wijk, or renames one. */
export const saveWijkAction = defineAction({
  ...beheerder,
  schema: wijkSchema,
  run: ({ input, user }) => saveWijk(getDb(), { actorId: user.id, ...input }),
  message: ({ input }) => (input.wijkId ? "De naam is aangepast." : `De wijk "${input.name}" is erbij gezet.`),
});

/** Adds a theme, or changes the name and leefgebied of one. */
export const saveThemeAction = defineAction({
  ...beheerder,
  schema: themeSchema,
  run: ({ input, user }) => saveTheme(getDb(), { actorId: user.id, ...input }),
  message: ({ input }) => (input.themeId ? "Het thema is aangepast." : `Het thema "${input.name}" is erbij gezet.`),
});
