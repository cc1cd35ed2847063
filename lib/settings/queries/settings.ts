import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { DEFAULT_SETTINGS } from "@/db/reference-data";
import { settings } from "@/db/schema";
import { NUMBER_SETTINGS, type NumberSettingKey } from "../fields";

export type SettingKey = keyof typeof DEFAULT_SETTINGS;

export function getNumberSetting(key: SettingKey): number {
  const row = getDb().select({ value: settings.value }).from(settings).where(eq(settings.key, key)).get();
  const value = Number(row?.value ?? DEFAULT_SETTINGS[key]);
  return Number.isFinite(value) ? value : Number(DEFAULT_SETTINGS[key]);
}

/** The numbers on the settings page, as the form shows them. */
export function numberSettingsForForm(): Record<NumberSettingKey, string> {
  const keys = Object.keys(NUMBER_SETTINGS) as NumberSettingKey[];
  return Object.fromEntries(keys.map((key) => [key, String(getNumberSetting(key))])) as Record<NumberSettingKey, string>;
}
