import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { trajectories, users } from "@/db/schema";
import { FieldRefusal } from "@/lib/platform/errors";
import { CONSENT_TEXT } from "../consent";
import { REVIEW_EVERY_MONTHS } from "../fields";
import { NO_CLIENT_CONTACT, type StartData } from "../schema";
import { recordAccess, type Coach } from "./access";
import { addMonths } from "@/lib/platform/time";

const ALREADY_OPEN = "Deze deelnemer heeft al een traject dat nog loopt.";

/** With an account: the typed address's account, or a new one with it. */
function accountClient(tx: DbOrTx, coach: Coach, data: StartData, now: Date): string {
  const found = tx.select({ id: users.id, role: users.role }).from(users).where(sql`lower(${users.email}) = ${data.email}`).get();
  if (found && (found.role !== "bewoner" || found.id === coach.id)) {
    throw new FieldRefusal("email", "Met dit account kan geen traject beginnen. Gebruik het e-mailadres van de deelnemer zelf.");
  }
  if (!found && data.firstName === "") throw new FieldRefusal("firstName", "Er is nog geen account met dit adres. Vul de voornaam in: dan maken wij het account.");
  const clientId = found?.id ?? tx.insert(users).values({ email: data.email, displayName: data.firstName, role: "bewoner", createdAt: now }).returning({ id: users.id }).get().id;
  const open = tx.select({ id: trajectories.id }).from(trajectories).where(and(eq(trajectories.clientId, clientId), isNull(trajectories.endedOn))).get();
  if (open) throw new FieldRefusal("email", ALREADY_OPEN);
  return clientId;
}

/**
 * Starts a trajectory for the account with the typed address (or a new account with it), or, with
 * only a mobile number and a first name, for a client without an account: their places are the
 * ones taken with that number. Never a list to browse: the coach must know the address or number.
 * The consent text is stored word for word, with when and by whom.
 */
export function startTrajectory(db: Db, input: { coach: Coach; data: StartData; clientGroups: readonly string[]; now?: Date }): number {
  const now = input.now ?? new Date();
  const data = input.data;
  if (!input.clientGroups.includes(data.clientGroup)) throw new FieldRefusal("clientGroup", "Kies een groep uit de lijst.");
  if (!data.email && !data.phone) throw new FieldRefusal("email", NO_CLIENT_CONTACT);
  if (!data.email && !data.firstName) throw new FieldRefusal("firstName", "Vul de voornaam van de deelnemer in.");
  return db.transaction(
    (tx) => {
      const clientId = data.email ? accountClient(tx, input.coach, data, now) : null;
      const phone = data.phone || null;
      if (phone && tx.select({ id: trajectories.id }).from(trajectories).where(and(eq(trajectories.clientPhone, phone), isNull(trajectories.endedOn))).get()) {
        throw new FieldRefusal(clientId ? "phone" : "email", ALREADY_OPEN);
      }
      const { id } = tx
        .insert(trajectories)
        .values({
          clientId,
          coachId: input.coach.id,
          clientPhone: phone,
          clientFirstName: clientId ? null : data.firstName,
          startsOn: data.startsOn,
          plannedEndOn: data.plannedEndOn,
          hoursPerWeek: data.hoursPerWeek,
          kind: data.kind,
          clientGroup: data.clientGroup,
          startStep: data.startStep,
          consentText: CONSENT_TEXT,
          consentAt: now,
          consentById: input.coach.id,
          consentByName: input.coach.name,
          nextReviewOn: addMonths(data.startsOn, REVIEW_EVERY_MONTHS),
          createdAt: now,
        })
        .returning({ id: trajectories.id })
        .get();
      recordAccess(tx, input.coach, id, "gestart", now);
      return id;
    },
    { behavior: "immediate" },
  );
}
