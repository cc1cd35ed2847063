/*
 * The limits the settings forms show before any check runs. Zod-free on purpose: client
 * components import this module; schema.ts builds its checks from the same constants.
 */

export const NUMBER_SETTINGS = {
  supportThreshold: { min: 1, max: 1000 },
  initiativeGoal: { min: 1, max: 10_000 },
  guestDataRetentionMonths: { min: 1, max: 24 },
} as const;

export type NumberSettingKey = keyof typeof NUMBER_SETTINGS;

export const PLACE_NAME_MIN = 2;
export const PLACE_NAME_MAX = 60;
