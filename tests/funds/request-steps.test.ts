import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, fundRequests, initiatives, notifications } from "@/db/schema";
import { AppError } from "@/lib/platform/errors";
import { formatDate } from "@/lib/platform/format";
import { decideMoney } from "@/lib/funds/commands/decisions";
import { recordPayment } from "@/lib/funds/commands/movements";
import { addAdvice, addBudgetLine, sendMoneyRequest } from "@/lib/funds/commands/requests";
import { waitingRequests } from "@/lib/funds/queries/requests";
import { addWorkingDays } from "@/lib/initiatives/working-days";
import { transitionMail } from "@/lib/initiatives/mails";
import { createInitiative, createUser } from "../support/factories";
import { createFund } from "../support/funds-factory";
import { mailsFor } from "../support/notifications";

// A Wednesday: five working days later is the next Wednesday.
const NOW = new Date("2026-06-03T10:00:00Z");
const LATER = new Date("2026-06-05T10:00:00Z");

function ideaWithBudget(status: "zoekt_steun" | "ingediend" = "zoekt_steun") {
  const initiator = createUser();
  const coach = createUser("buurtwerker");
  const idea = createInitiative(initiator, status);
  getDb().update(initiatives).set({ coachId: coach }).where(eq(initiatives.id, idea)).run();
  addBudgetLine(getDb(), { actorId: initiator, initiativeId: idea, whatFor: "Plantenbakken", amount: 25_000 });
  return { initiator, coach, idea };
}

const told = (userId: string, kind: "money_requested" | "money_advised", idea: number) =>
  getDb().select().from(notifications).where(and(eq(notifications.userId, userId), eq(notifications.kind, kind), eq(notifications.initiativeId, idea))).all().length;
const subjects = (userId: string) => mailsFor(userId).map((mail) => mail.subject);

describe("a money request goes step by step, and every step tells the next person and the initiator", () => {
  it("sending tells the coach (advice in 5 working days) and the initiator what happens next; the budget waits", () => {
    const { initiator, coach, idea } = ideaWithBudget();
    const due = sendMoneyRequest(getDb(), { actorId: initiator, initiativeId: idea, now: NOW });
    expect(due).toEqual(addWorkingDays(NOW, 5));
    expect(getDb().select().from(auditLog).where(and(eq(auditLog.action, "fund.requested"), eq(auditLog.targetId, String(idea)))).all()).toHaveLength(1);
    expect(told(coach, "money_requested", idea)).toBe(1);
    const mail = mailsFor(initiator).find((m) => m.subject === "Uw vraag om geld is verstuurd")!;
    expect(mail.text).toContain(formatDate(due));
    expect(mail.text).toContain("beheerder");
    expect(waitingRequests("advice").map((r) => r.id)).toContain(idea);
    expect(waitingRequests("decision").map((r) => r.id)).not.toContain(idea);
    expect(() => addBudgetLine(getDb(), { actorId: initiator, initiativeId: idea, whatFor: "Zaden", amount: 500 })).toThrow(/verstuurd/);
    expect(() => sendMoneyRequest(getDb(), { actorId: initiator, initiativeId: idea, now: NOW })).toThrow(/verstuurd/);
  });

  it("only the initiator sends, with a budget, while the idea is on the website", () => {
    const { idea } = ideaWithBudget();
    expect(() => sendMoneyRequest(getDb(), { actorId: createUser(), initiativeId: idea })).toThrow(AppError);
    const early = ideaWithBudget("ingediend");
    expect(() => sendMoneyRequest(getDb(), { actorId: early.initiator, initiativeId: early.idea })).toThrow(/op de website/);
    const initiator = createUser();
    const empty = createInitiative(initiator);
    expect(() => sendMoneyRequest(getDb(), { actorId: initiator, initiativeId: empty })).toThrow(/minstens één regel/);
    expect(getDb().select().from(fundRequests).where(eq(fundRequests.initiativeId, empty)).get()).toBeUndefined();
  });

  it("the first advice hands it to the beheerders (decision in 5 working days) and tells the initiator", () => {
    const { initiator, coach, idea } = ideaWithBudget();
    const beheerder = createUser("beheerder");
    sendMoneyRequest(getDb(), { actorId: initiator, initiativeId: idea, now: NOW });
    addAdvice(getDb(), { actorId: coach, initiativeId: idea, text: "Goed plan.", now: LATER });
    addAdvice(getDb(), { actorId: createUser("buurtwerker"), initiativeId: idea, text: "Eens.", now: LATER });
    expect(told(beheerder, "money_advised", idea)).toBe(1);
    const decisionDue = addWorkingDays(LATER, 5);
    const mail = mailsFor(initiator).find((m) => m.subject.startsWith("Uw vraag om geld: de buurtwerker heeft advies gegeven"))!;
    expect(mail.text).toContain(formatDate(decisionDue));
    expect(mail.text).not.toContain("Goed plan.");
    expect(waitingRequests("decision").find((r) => r.id === idea)?.dueAt).toEqual(decisionDue);
    expect(waitingRequests("advice").map((r) => r.id)).not.toContain(idea);
  });

  it("the decision ends the wait; each paid tranche is mailed to the initiator with what is still to come", () => {
    const { initiator, coach, idea } = ideaWithBudget();
    const beheerder = createUser("beheerder");
    sendMoneyRequest(getDb(), { actorId: initiator, initiativeId: idea, now: NOW });
    addAdvice(getDb(), { actorId: coach, initiativeId: idea, text: "Goed plan.", now: LATER });
    const fundId = createFund(100_000, 2026);
    const grantId = decideMoney(getDb(), { decision: "grant", initiativeId: idea, fundId, amount: 25_000, contactName: "Karin", contactEmail: "karin@heerlen.nl", actorId: beheerder, now: LATER });
    expect(getDb().select().from(fundRequests).where(eq(fundRequests.initiativeId, idea)).get()!.decidedAt).toEqual(LATER);
    expect(waitingRequests("decision").map((r) => r.id)).not.toContain(idea);
    // The budget is open again, and a new request can be sent.
    addBudgetLine(getDb(), { actorId: initiator, initiativeId: idea, whatFor: "Zaden", amount: 500 });

    recordPayment(getDb(), { actorId: beheerder, initiativeId: idea, grantId, on: LATER, amount: 10_000 });
    recordPayment(getDb(), { actorId: beheerder, initiativeId: idea, grantId, on: LATER, amount: 15_000 });
    const paid = mailsFor(initiator).filter((m) => m.subject === "Er is geld voor uw idee betaald");
    expect(paid).toHaveLength(2);
    expect(paid[0]!.text).toMatch(/€ 100,00 van de € 250,00/);
    expect(paid[1]!.text).toContain("al het geld");
    expect(paid[1]!.text).toContain(`/initiatieven/${idea}/geld`);
    expect(subjects(initiator)).toEqual(expect.arrayContaining(["Uw vraag om geld is verstuurd", "U krijgt geld voor uw idee"]));
  });

  it('"Uw idee is gelukt" asks for the result, with a link to "Wat is er bereikt"', () => {
    const mail = transitionMail("els@test.nl", { id: 4, title: "Moestuin" }, "finish", { note: "Het is klaar." });
    expect(mail.subject).toBe("Uw idee is gelukt");
    expect(mail.text).toMatch(/Vertel wat er is bereikt/);
    expect(mail.text).toMatch(/Wat is er bereikt: https?:\/\/\S+\/initiatieven\/4\/resultaat/);
  });
});
