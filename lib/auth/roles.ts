// The roles for the layers above lib/, which may not import db/ themselves.
export { ROLES, type Role } from "@/db/enums";
