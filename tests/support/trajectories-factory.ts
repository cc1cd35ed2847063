import { startSchema } from "@/lib/trajectories/schema";
import { startTrajectory } from "@/lib/trajectories/commands/start";
import { getDb } from "@/db/client";
import { createUser } from "./factories";
import { emailOf } from "./notifications";

export const GROUPS = ["C", "D", "E"] as const;

/** A participatiecoach as the commands take one. */
export const newCoach = (name = "Yvonne") => ({ id: createUser("participatiecoach", name), name });

/** Starts a trajectory for `clientId` (an existing account) with the usual answers; returns its id. */
export function startFor(coach: { id: string; name: string }, clientId: string, overrides: Record<string, string> = {}, now?: Date): number {
  const data = startSchema.parse({
    email: emailOf(clientId), phone: "", firstName: "", startsOn: "2026-01-05", plannedEndOn: "2026-12-31", hoursPerWeek: "8",
    kind: "vrijwillig", clientGroup: "D", startStep: "2", consent: "on", ...overrides,
  });
  return startTrajectory(getDb(), { coach, data, clientGroups: GROUPS, now });
}

/** Starts a trajectory for a client without an account: only a mobile number and a first name. */
export function startForPhone(coach: { id: string; name: string }, phone: string, overrides: Record<string, string> = {}, now?: Date): number {
  const data = startSchema.parse({
    email: "", phone, firstName: "Wubbo", startsOn: "2026-01-05", plannedEndOn: "2026-12-31", hoursPerWeek: "8",
    kind: "sociale_activering", clientGroup: "E", startStep: "1", consent: "on", ...overrides,
  });
  return startTrajectory(getDb(), { coach, data, clientGroups: GROUPS, now });
}
