/** The programme's groups C, D and E: the same default as DEFAULT_SETTINGS.clientGroups (db/ cannot import lib/). */
export const CLIENT_GROUPS_DEFAULT = "C, D, E";

/** How the client groups setting is read: labels separated by commas. */
export const CLIENT_GROUP_MAX = 20;
export const CLIENT_GROUPS_COUNT_MAX = 12;

export function parseClientGroups(value: string): string[] {
  return [...new Set(value.split(",").map((label) => label.trim()).filter(Boolean))];
}
