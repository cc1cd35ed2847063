// Kept apart from db/schema.ts so that forms in the browser can use it without the table definitions.
export const ROLES = ["bewoner", "buurtwerker", "alliantie", "beheerder"] as const;
export type Role = (typeof ROLES)[number];
