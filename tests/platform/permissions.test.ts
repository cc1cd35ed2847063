import { describe, expect, it } from "vitest";
import { ROLES, type Role } from "@/db/enums";
import { can, PERMISSIONS, type Permission } from "@/lib/platform/auth/permissions";

// The expected matrix, written out by hand so that a change to the map must be deliberate.
const EXPECTED: Record<Permission, Role[]> = {
  "account:edit-own": ["bewoner", "buurtwerker", "alliantie", "beheerder", "projectteam", "participatiecoach"],
  "initiative:propose": ["bewoner", "buurtwerker", "alliantie", "beheerder", "projectteam", "participatiecoach"],
  "initiative:back": ["bewoner", "buurtwerker", "alliantie", "beheerder", "projectteam", "participatiecoach"],
  "initiative:comment": ["bewoner", "buurtwerker", "alliantie", "beheerder", "projectteam", "participatiecoach"],
  "initiative:report": ["bewoner", "buurtwerker", "alliantie", "beheerder", "projectteam", "participatiecoach"],
  "initiative:follow": ["bewoner", "buurtwerker", "alliantie", "beheerder", "projectteam", "participatiecoach"],
  "initiative:post-update": ["bewoner", "buurtwerker", "alliantie", "beheerder", "projectteam", "participatiecoach"],
  "activity:sign-up": ["bewoner", "buurtwerker", "alliantie", "beheerder", "projectteam", "participatiecoach"],
  "activity:organize": ["bewoner", "buurtwerker", "alliantie", "beheerder", "projectteam", "participatiecoach"],
  "activity:report": ["bewoner", "buurtwerker", "alliantie", "beheerder", "projectteam", "participatiecoach"],
  "initiative:moderate": ["buurtwerker", "beheerder"],
  "initiative:coach": ["buurtwerker", "beheerder"],
  "initiative:act-on-behalf": ["buurtwerker", "beheerder"],
  "comment:moderate": ["buurtwerker", "beheerder"],
  "activity:manage": ["buurtwerker", "beheerder"],
  "staff-area:view": ["buurtwerker", "beheerder", "projectteam"],
  "dashboard:view": ["alliantie", "beheerder"],
  "users:manage": ["beheerder"],
  "users:block": ["buurtwerker", "beheerder"],
  "audit-log:view": ["beheerder"],
  "settings:manage": ["beheerder"],
  "fund:request": ["bewoner", "buurtwerker", "alliantie", "beheerder", "projectteam", "participatiecoach"],
  "fund:advise": ["buurtwerker", "beheerder"],
  "fund:manage": ["beheerder"],
  "fund:decide": ["beheerder"],
  "project:create": ["beheerder"],
  "project:manage": ["projectteam", "beheerder"],
  "project:follow": ["bewoner", "buurtwerker", "alliantie", "beheerder", "projectteam", "participatiecoach"],
  "project:vote": ["bewoner", "buurtwerker", "alliantie", "beheerder", "projectteam", "participatiecoach"],
  "survey:enter-paper": ["buurtwerker", "projectteam", "beheerder"],
  "monitor:manage": ["beheerder"],
  "monitor:enter-paper": ["buurtwerker", "beheerder"],
  "meedoen:take": ["bewoner", "buurtwerker", "alliantie", "beheerder", "projectteam", "participatiecoach"],
  "meedoen:offer": ["bewoner", "buurtwerker", "alliantie", "beheerder", "projectteam", "participatiecoach"],
  "meedoen:host-any": ["buurtwerker", "beheerder"],
  "trajectory:manage": ["participatiecoach"],
};

describe("permission map", () => {
  it("covers exactly the expected permissions", () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const permission of Object.keys(EXPECTED) as Permission[]) {
    for (const role of ROLES) {
      const allowed = EXPECTED[permission].includes(role);
      it(`${role} ${allowed ? "may" : "may not"} ${permission}`, () => {
        expect(can(role, permission)).toBe(allowed);
      });
    }
  }

  it("refuses everything to a visitor without a role", () => {
    for (const permission of Object.keys(EXPECTED) as Permission[]) {
      expect(can(null, permission)).toBe(false);
      expect(can(undefined, permission)).toBe(false);
    }
  });

  it("refuses the beheerder every trajectory permission: who is in a trajectory is the coach's and the client's alone", () => {
    const trajectoryPermissions = (Object.keys(PERMISSIONS) as Permission[]).filter((permission) => permission.startsWith("trajectory:"));
    expect(trajectoryPermissions.length).toBeGreaterThan(0);
    for (const permission of trajectoryPermissions) {
      for (const role of ROLES.filter((r) => r !== "participatiecoach")) expect(can(role, permission)).toBe(false);
    }
  });

  it("lets a beheerder do everything a buurtwerker or a projectteam member can", () => {
    for (const permission of Object.keys(EXPECTED) as Permission[]) {
      if (can("buurtwerker", permission) || can("projectteam", permission)) expect(can("beheerder", permission)).toBe(true);
    }
  });
});
