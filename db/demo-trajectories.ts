import { CONSENT_TEXT } from "./consent";
import type { Db } from "./client";
import { trajectories, trajectoryAccess, trajectoryNotes, trajectoryReviews, users } from "./schema";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

const DAY = 24 * 60 * 60 * 1000;
/** Ria's demo number, the one she takes places with in db/demo-meedoen.ts. */
export const DEMO_PHONE_CLIENT = "+31611000001";
const day = (at: Date) => at.toISOString().slice(0, 10);

/**
 * Two trajectories of the demo coach (coach@demo.example.org), and one of a second coach, so that
 * the authorization sweep can show that a coach never reaches another coach's client. A third of
 * the demo coach is for Ria, who has no account: her places are the ones taken with her number
 * (db/demo-meedoen.ts).
 */
export function seedDemoTrajectories(tx: Tx, now: Date, ids: { coach: { id: string; name: string }; clients: [string, string, string] }): void {
  const other = tx
    .insert(users)
    .values({ email: "coach2@demo.example.org", displayName: "Ilse", role: "participatiecoach", emailVerified: now })
    .onConflictDoNothing()
    .returning({ id: users.id })
    .get();
  const coaches = [ids.coach, ids.coach, { id: other!.id, name: "Ilse" }, ids.coach];
  const clients = [...ids.clients.map((id) => ({ clientId: id, clientPhone: null, clientFirstName: null })), { clientId: null, clientPhone: DEMO_PHONE_CLIENT, clientFirstName: "Ria" }];
  const plans = [
    { startDaysAgo: 120, kind: "vrijwillig", group: "D", step: 2, hours: 8, review: { step: 3, note: "Komt elke week helpen in de moestuin. Wil meer doen." } },
    { startDaysAgo: 30, kind: "sociale_activering", group: "E", step: 1, hours: 4, review: null },
    { startDaysAgo: 60, kind: "tegenprestatie", group: "C", step: 3, hours: 12, review: null },
    { startDaysAgo: 45, kind: "vrijwillig", group: "D", step: 2, hours: 6, review: null },
  ] as const;
  plans.forEach((plan, i) => {
    const coach = coaches[i]!;
    const startedAt = new Date(now.getTime() - plan.startDaysAgo * DAY);
    const next = new Date(startedAt.getTime() + 182 * DAY);
    const { id } = tx
      .insert(trajectories)
      .values({
        ...clients[i]!, coachId: coach.id, startsOn: day(startedAt), plannedEndOn: day(new Date(startedAt.getTime() + 365 * DAY)),
        hoursPerWeek: plan.hours, kind: plan.kind, clientGroup: plan.group, startStep: plan.step,
        consentText: CONSENT_TEXT, consentAt: startedAt, consentById: coach.id, consentByName: coach.name, nextReviewOn: day(next), createdAt: startedAt,
      })
      .returning({ id: trajectories.id })
      .get();
    tx.insert(trajectoryAccess).values({ trajectoryId: id, coachId: coach.id, coachName: coach.name, what: "gestart", createdAt: startedAt }).run();
    if (plan.review) {
      tx.insert(trajectoryReviews).values({ trajectoryId: id, on: day(new Date(now.getTime() - 7 * DAY)), step: plan.review.step, note: plan.review.note }).run();
      tx.insert(trajectoryNotes).values({ trajectoryId: id, note: "Heeft graag vaste dagen. Dinsdag en donderdag gaan goed." }).run();
    }
  });
}
