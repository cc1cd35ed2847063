import { getDb } from "@/db/client";
import type { InitiativeStatus, Role } from "@/db/enums";
import { initiatives, users } from "@/db/schema";

let counter = 0;

/** A user with a unique e-mail address. */
export function createUser(role: Role = "bewoner", displayName = "Test"): string {
  counter++;
  return getDb()
    .insert(users)
    .values({ email: `user${counter}-${Date.now()}@test.nl`, displayName, role })
    .returning({ id: users.id })
    .get().id;
}

/** An initiative in the given status, in the first wijk and theme. */
export function createInitiative(initiatorId: string, status: InitiativeStatus = "zoekt_steun"): number {
  return getDb()
    .insert(initiatives)
    .values({ title: "Test", pitch: "Een test.", wijkId: 1, themeId: 1, status, initiatorId })
    .returning({ id: initiatives.id })
    .get().id;
}
