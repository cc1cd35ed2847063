import type { Role } from "@/db/enums";

const EVERY_ROLE: readonly Role[] = ["bewoner", "buurtwerker", "alliantie", "beheerder", "projectteam", "participatiecoach"];
const STAFF: readonly Role[] = ["buurtwerker", "beheerder"];

/**
 * The single source of who may do what. Roles are cumulative: a beheerder can do it all, with one
 * exception: the trajectory permissions belong to the participatiecoach alone. Who is in a
 * participation trajectory is known only to the coach and the client, never to the beheerder.
 */
export const PERMISSIONS = {
  "account:edit-own": EVERY_ROLE,
  "initiative:propose": EVERY_ROLE,
  "initiative:back": EVERY_ROLE,
  "initiative:comment": EVERY_ROLE,
  "initiative:report": EVERY_ROLE,
  // Following and notification choices are one's own; updates are checked against the idea too.
  "initiative:follow": EVERY_ROLE,
  "initiative:post-update": EVERY_ROLE,
  "activity:sign-up": EVERY_ROLE,
  // An initiator organises activities for their own published idea (checked in the command);
  // anyone signed in may report one.
  "activity:organize": EVERY_ROLE,
  "activity:report": EVERY_ROLE,
  // The initiator's budget lines, spending, returns and result; ownership is checked in the command.
  "fund:request": EVERY_ROLE,
  "initiative:moderate": STAFF,
  "initiative:coach": STAFF,
  "initiative:act-on-behalf": STAFF,
  "comment:moderate": STAFF,
  "activity:manage": STAFF,
  // Advice on money requests; also seeing balances, spending and receipts.
  "fund:advise": STAFF,
  "staff-area:view": ["buurtwerker", "beheerder", "projectteam"],
  "dashboard:view": ["alliantie", "beheerder"],
  "users:manage": ["beheerder"],
  "users:block": STAFF,
  "audit-log:view": ["beheerder"],
  "settings:manage": ["beheerder"],
  "fund:manage": ["beheerder"],
  "fund:decide": ["beheerder"],
  // Projects (lib/projects/): the beheerder makes them and names the team; the team runs its own
  // projects (membership is checked in every command), the beheerder all of them.
  "project:create": ["beheerder"],
  "project:manage": ["projectteam", "beheerder"],
  "project:follow": EVERY_ROLE,
  "project:vote": EVERY_ROLE,
  // Paper answers to a vragenlijst, typed in by whoever collected them.
  "survey:enter-paper": ["buurtwerker", "projectteam", "beheerder"],
  // The buurtmonitor (lib/effect/): the beheerder sets the yearly dates; buurtwerkers type in paper forms.
  "monitor:manage": ["beheerder"],
  "monitor:enter-paper": STAFF,
  // Places to help: anyone may take one; an initiator offers and hosts for their own idea (checked
  // in the command), staff for any idea or activity.
  "meedoen:take": EVERY_ROLE,
  "meedoen:offer": EVERY_ROLE,
  "meedoen:host-any": STAFF,
  // Participation trajectories (lib/trajectories/): the coach alone, never the beheerder (see above).
  "trajectory:manage": ["participatiecoach"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role | null | undefined, permission: Permission): boolean {
  if (!role) return false;
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

export const ROLE_LABELS: Record<Role, string> = {
  bewoner: "Bewoner",
  buurtwerker: "Buurtwerker",
  alliantie: "Alliantie",
  beheerder: "Beheerder",
  projectteam: "Projectteam",
  participatiecoach: "Participatiecoach",
};
