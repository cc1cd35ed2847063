import { eq } from "drizzle-orm";
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

let range = 0;
/** A different IPv4 /24 range key on every call, as the report action stores it. */
export const nextRangeKey = () => `10.${Math.floor(++range / 256)}.${range % 256}.0/24`;

/** A resident whose account is weeks old and who has taken part before (proposed an idea). */
export function createEstablishedUser(role: Role = "bewoner", displayName = "Vaste bewoner"): string {
  const id = createUser(role, displayName);
  getDb().update(users).set({ createdAt: new Date(Date.now() - 30 * 24 * 60 * 60 * 1000) }).where(eq(users.id, id)).run();
  createInitiative(id);
  return id;
}
