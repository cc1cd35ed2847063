import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { INITIATIVE_STATUSES, type InitiativeStatus, type Role } from "@/db/enums";
import { auditLog, initiatives, initiativeStatusChanges, mailOutbox } from "@/db/schema";
import { applyTransition } from "@/lib/initiatives/commands/transition";
import { checkTransition, TRANSITION_NAMES, type Transition } from "@/lib/initiatives/status";
import { AppError } from "@/lib/platform/errors";
import { mailPendingNotifications } from "@/lib/notifications/commands/deliver";
import { createInitiative, createUser } from "../support/factories";

type ActorKind = "initiator" | "other bewoner" | "buurtwerker" | "beheerder" | "alliantie";
const ACTORS: ActorKind[] = ["initiator", "other bewoner", "buurtwerker", "beheerder", "alliantie"];
const STAFF: ActorKind[] = ["buurtwerker", "beheerder"];

// The lifecycle of docs/initiatives.md (Lifecycle) written out by hand, independent of the table in status.ts.
const EXPECTED: Record<Transition, { from: InitiativeStatus[]; who: ActorKind[]; to: InitiativeStatus | "same" }> = {
  submit: { from: ["concept"], who: ["initiator"], to: "ingediend" },
  resubmit: { from: ["teruggestuurd"], who: ["initiator"], to: "ingediend" },
  withdraw: { from: ["zoekt_steun"], who: ["initiator"], to: "ingetrokken" },
  publish: { from: ["ingediend"], who: STAFF, to: "zoekt_steun" },
  send_back: { from: ["ingediend"], who: STAFF, to: "teruggestuurd" },
  reject: { from: ["ingediend"], who: STAFF, to: "afgewezen" },
  assign_coach: { from: ["ingediend", "teruggestuurd", "zoekt_steun", "in_uitvoering"], who: STAFF, to: "same" },
  start: { from: ["zoekt_steun"], who: STAFF, to: "in_uitvoering" },
  finish: { from: ["in_uitvoering"], who: STAFF, to: "gerealiseerd" },
};

const roleOf: Record<ActorKind, Role> = {
  initiator: "bewoner",
  "other bewoner": "bewoner",
  buurtwerker: "buurtwerker",
  beheerder: "beheerder",
  alliantie: "alliantie",
};

const users = Object.fromEntries(ACTORS.map((kind) => [kind, createUser(roleOf[kind], kind)])) as Record<ActorKind, string>;
const coach = users.buurtwerker;

const rowsIn = (table: typeof auditLog | typeof initiativeStatusChanges | typeof mailOutbox) =>
  getDb().select({ n: count() }).from(table).all()[0]!.n;

describe("the transition table: every role × every transition × every state", () => {
  for (const transition of TRANSITION_NAMES) {
    for (const status of INITIATIVE_STATUSES) {
      for (const actor of ACTORS) {
        const rule = EXPECTED[transition];
        const allowed = rule.from.includes(status) && rule.who.includes(actor);
        it(`${actor} ${allowed ? "may" : "may not"} ${transition} when ${status}`, () => {
          const db = getDb();
          const id = createInitiative(users.initiator, status);
          const before = { audit: rowsIn(auditLog), history: rowsIn(initiativeStatusChanges), mail: rowsIn(mailOutbox) };

          expect(checkTransition(transition, status, { role: roleOf[actor], isInitiator: actor === "initiator" }).ok).toBe(allowed);
          const attempt = () =>
            applyTransition(db, { actor: { id: users[actor], role: roleOf[actor] }, initiativeId: id, transition, note: "Een reden.", coachId: coach });
          const after = db.select().from(initiatives).where(eq(initiatives.id, id)).get()!;

          if (allowed) {
            expect(attempt()).toBe(rule.to === "same" ? status : rule.to);
            const changed = db.select().from(initiatives).where(eq(initiatives.id, id)).get()!;
            expect(changed.status).toBe(rule.to === "same" ? status : rule.to);
            expect(rowsIn(initiativeStatusChanges)).toBe(before.history + 1);
            expect(rowsIn(auditLog)).toBe(before.audit + 1);
            expect(rowsIn(mailOutbox)).toBeGreaterThan(before.mail);
          } else {
            expect(attempt).toThrow(AppError);
            expect(db.select().from(initiatives).where(eq(initiatives.id, id)).get()).toEqual(after);
            expect(rowsIn(initiativeStatusChanges)).toBe(before.history);
            expect(rowsIn(auditLog)).toBe(before.audit);
            expect(rowsIn(mailOutbox)).toBe(before.mail);
          }
        });
      }
    }
  }
});

describe("transition details", () => {
  it("refuses send back, reject and finish without a message, changing nothing", () => {
    const db = getDb();
    for (const [transition, status] of [["send_back", "ingediend"], ["reject", "ingediend"], ["finish", "in_uitvoering"]] as const) {
      const id = createInitiative(users.initiator, status);
      expect(() => applyTransition(db, { actor: { id: coach, role: "buurtwerker" }, initiativeId: id, transition, note: "  " })).toThrow(AppError);
      expect(db.select({ status: initiatives.status }).from(initiatives).where(eq(initiatives.id, id)).get()!.status).toBe(status);
    }
  });

  it("refuses a coach who is not a buurtwerker", () => {
    const id = createInitiative(users.initiator, "ingediend");
    expect(() =>
      applyTransition(getDb(), { actor: { id: coach, role: "buurtwerker" }, initiativeId: id, transition: "assign_coach", coachId: users["other bewoner"] }),
    ).toThrow(AppError);
  });

  it("submitting promises an answer within 5 working days and mails the buurtwerkers", async () => {
    const db = getDb();
    const id = createInitiative(users.initiator, "concept");
    const mailsBefore = db.select().from(mailOutbox).all().length;
    applyTransition(db, { actor: { id: users.initiator, role: "bewoner" }, initiativeId: id, transition: "submit" });
    const row = db.select().from(initiatives).where(eq(initiatives.id, id)).get()!;
    const days = (row.answerDueAt!.getTime() - row.submittedAt!.getTime()) / 86_400_000;
    expect(days).toBeGreaterThanOrEqual(5);
    expect(days).toBeLessThanOrEqual(7);
    // The buurtwerkers' alert is a notification: mailed after the commit, in batches.
    await mailPendingNotifications(db);
    const mails = db.select().from(mailOutbox).all().slice(mailsBefore);
    expect(mails.some((m) => m.subject.startsWith("Nieuw idee"))).toBe(true);
    expect(mails.some((m) => m.subject === "Wij hebben uw idee ontvangen")).toBe(true);
  });

  it("rejects an unknown initiative", () => {
    expect(() => applyTransition(getDb(), { actor: { id: coach, role: "buurtwerker" }, initiativeId: 999_999, transition: "publish" })).toThrow(AppError);
  });
});
