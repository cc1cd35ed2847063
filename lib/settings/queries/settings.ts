import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { DEFAULT_SETTINGS } from "@/db/reference-data";
import { settings } from "@/db/schema";
import { parseClientGroups } from "../client-groups";
import { NUMBER_SETTINGS, type NumberSettingKey } from "../fields";

export type SettingKey = keyof typeof DEFAULT_SETTINGS;

export function getNumberSetting(key: SettingKey): number {
  const row = getDb().select({ value: settings.value }).from(settings).where(eq(settings.key, key)).get();
  const value = Number(row?.value ?? DEFAULT_SETTINGS[key]);
  return Number.isFinite(value) ? value : Number(DEFAULT_SETTINGS[key]);
}

/** The labels of the client groups a participatiecoach picks from. */
export function clientGroups(): string[] {
  const row = getDb().select({ value: settings.value }).from(settings).where(eq(settings.key, "clientGroups")).get();
  return parseClientGroups(row?.value ?? DEFAULT_SETTINGS.clientGroups);
}

/** The settings page's values, as the form shows them. */
export function settingsForForm(): Record<NumberSettingKey | "clientGroups", string> {
  const keys = Object.keys(NUMBER_SETTINGS) as NumberSettingKey[];
  const numbers = Object.fromEntries(keys.map((key) => [key, String(getNumberSetting(key))])) as Record<NumberSettingKey, string>;
  return { ...numbers, clientGroups: clientGroups().join(", ") };
}
