import { and, asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, initiatives, initiativeStatusChanges, mailOutbox } from "@/db/schema";
import { createOnBehalf, createProposal, updateProposal } from "@/lib/initiatives/commands/proposal";
import { applyTransition } from "@/lib/initiatives/commands/transition";
import { onBehalfSchema, proposalSchema } from "@/lib/initiatives/schema";
import { AppError } from "@/lib/platform/errors";
import { createUser } from "../support/factories";

const form = (values: Record<string, string>) =>
  proposalSchema.parse({ title: "Bankje", pitch: "Een bankje bij de bushalte.", wijkId: "1", themeId: "2", ...values });
const row = (id: number) => getDb().select().from(initiatives).where(eq(initiatives.id, id)).get()!;

describe("the proposal schema", () => {
  it("gives every field error at once, in Dutch", () => {
    const result = proposalSchema.safeParse({ title: "x".repeat(81), pitch: "", wijkId: "abc", themeId: "", moneyAmount: "25001", needsMoney: "on" });
    expect(result.success).toBe(false);
    const errors = result.error!.flatten().fieldErrors;
    expect(errors.title).toEqual(["Maak de titel korter: hoogstens 80 tekens."]);
    expect(errors.pitch).toEqual(["Zeg in één of twee zinnen wat uw idee is."]);
    expect(errors.wijkId).toEqual(["Kies een wijk uit de lijst."]);
    expect(errors.themeId).toEqual(["Kies een thema uit de lijst."]);
    expect(errors.moneyAmount).toEqual(["Het bedrag mag hoogstens 25.000 euro zijn."]);
  });

  it("keeps HTML as plain text and reads ticked boxes", () => {
    const parsed = form({ title: "<script>alert(1)</script>", needsHelp: "on", intent: "submit" });
    expect(parsed).toMatchObject({ title: "<script>alert(1)</script>", needsHelp: true, needsPlace: false, intent: "submit" });
  });

  it("refuses an amount without the money need, and an on-behalf idea without consent", () => {
    expect(proposalSchema.safeParse({ title: "a", pitch: "b", wijkId: "1", themeId: "1", moneyAmount: "50" }).success).toBe(false);
    const withoutConsent = onBehalfSchema.safeParse({ title: "a", pitch: "b", wijkId: "1", themeId: "1", residentName: "Truus" });
    expect(withoutConsent.error?.flatten().fieldErrors.residentAgreed).toBeDefined();
  });
});

describe("proposal commands", () => {
  const resident = { id: createUser("bewoner", "Fatima"), role: "bewoner" as const };
  const other = { id: createUser("bewoner", "Jan"), role: "bewoner" as const };
  const worker = { id: createUser("buurtwerker", "Ruud"), role: "buurtwerker" as const };

  it("saves a concept; only the initiator changes it, and only while concept or sent back", () => {
    const id = createProposal(getDb(), { user: resident, proposal: form({}), photo: "keep" });
    expect(row(id).status).toBe("concept");
    expect(() => updateProposal(getDb(), { user: other, initiativeId: id, proposal: form({ title: "Van mij" }), photo: "keep" })).toThrow(AppError);
    updateProposal(getDb(), { user: resident, initiativeId: id, proposal: form({ title: "Twee bankjes", intent: "submit" }), photo: "keep" });
    expect(row(id)).toMatchObject({ title: "Twee bankjes", status: "ingediend" });
    expect(() => updateProposal(getDb(), { user: resident, initiativeId: id, proposal: form({ title: "Later" }), photo: "keep" })).toThrow(AppError);

    applyTransition(getDb(), { actor: worker, initiativeId: id, transition: "send_back", note: "Waar precies?" });
    const { replacedPhoto } = updateProposal(getDb(), {
      user: resident,
      initiativeId: id,
      proposal: form({ title: "Bij halte Stackstraat", intent: "submit" }),
      photo: { path: "a".repeat(32) + ".webp" },
    });
    expect(replacedPhoto).toBeNull();
    expect(row(id)).toMatchObject({ title: "Bij halte Stackstraat", status: "ingediend", photoPath: "a".repeat(32) + ".webp" });
    const history = getDb().select({ to: initiativeStatusChanges.toStatus }).from(initiativeStatusChanges).where(eq(initiativeStatusChanges.initiativeId, id)).orderBy(asc(initiativeStatusChanges.id)).all();
    expect(history.map((h) => h.to)).toEqual(["concept", "ingediend", "teruggestuurd", "ingediend"]);
  });

  it("a buurtwerker's on-behalf idea is submitted at once, recorded and mailed to the given address", () => {
    const proposal = onBehalfSchema.parse({
      title: "Jeu de boules",
      pitch: "Een baan.",
      wijkId: "3",
      themeId: "5",
      residentName: "Truus",
      residentContact: "truus@voorbeeld.nl",
      residentAgreed: "on",
    });
    const id = createOnBehalf(getDb(), { staff: worker, proposal, photo: "keep" });
    expect(row(id)).toMatchObject({ status: "ingediend", initiatorId: null, onBehalfName: "Truus", onBehalfById: worker.id });
    expect(row(id).answerDueAt).not.toBeNull();
    const audit = getDb().select().from(auditLog).where(and(eq(auditLog.targetId, String(id)), eq(auditLog.action, "initiative.created_on_behalf"))).get();
    expect(audit?.actorId).toBe(worker.id);
    const mails = getDb().select().from(mailOutbox).where(eq(mailOutbox.to, "truus@voorbeeld.nl")).all();
    expect(mails.map((m) => m.subject)).toEqual(["Wij hebben uw idee ontvangen"]);
  });
});
