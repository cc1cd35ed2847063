import type { Role } from "@/db/enums";

// The roles for the layers above lib/, which may not import db/ themselves.
export { ROLES, type Role } from "@/db/enums";


/** Where someone lands after signing in when they were not on their way to a page: their own work. */
export function landingPathFor(role: Role): string {
  if (role === "beheerder" || role === "buurtwerker" || role === "projectteam") return "/beheer";
  if (role === "alliantie") return "/dashboard";
  if (role === "participatiecoach") return "/coach";
  return "/account";
}
