import type { Role } from "@/lib/platform/auth/roles";
import { ROLE_LABELS } from "@/lib/platform/auth/permissions";
import { Icon } from "./icon";

/**
 * Marks staff and partners by their role, never by their name: anyone can type "buurtwerker" into
 * a name (the profile form refuses it, but old names stay), only the role comes from the database.
 */
export function RoleBadge({ role }: { role: Role | null }) {
  if (!role || role === "bewoner") return null;
  return (
    <span className="ml-2 inline-flex items-center gap-1 rounded bg-brand px-2 py-0.5 align-middle text-base font-semibold text-white">
      <Icon name="shield" className="h-4 w-4" />
      {ROLE_LABELS[role]}
    </span>
  );
}

/** A person's name as typed, and beside it the badge of their role. */
export function PersonName({ name, role }: { name: string; role: Role | null }) {
  return (
    <>
      <span>{name}</span>
      <RoleBadge role={role} />
    </>
  );
}
