import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, comments, initiatives } from "@/db/schema";
import { addComment } from "@/lib/initiatives/commands/comments";
import { reportContent, reviewContent } from "@/lib/initiatives/commands/reports";
import { AppError } from "@/lib/platform/errors";
import { createEstablishedUser, createInitiative, createUser, nextRangeKey } from "../support/factories";

const hiddenAt = (id: number) => getDb().select({ h: initiatives.hiddenAt }).from(initiatives).where(eq(initiatives.id, id)).get()!.h;
const commentHidden = (id: number) => getDb().select({ h: comments.hiddenAt }).from(comments).where(eq(comments.id, id)).get()!.h;

describe("reports", () => {
  const initiator = createUser();
  const worker = createUser("buurtwerker");

  it("hides an initiative at the third report by different residents, not before", () => {
    const id = createInitiative(initiator);
    const reporter = createEstablishedUser();
    reportContent(getDb(), { reporterId: reporter, initiativeId: id, reason: "spam", rangeKey: nextRangeKey() });
    // The same resident again adds nothing.
    expect(reportContent(getDb(), { reporterId: reporter, initiativeId: id, reason: "kwetsend" }).alreadyReported).toBe(true);
    reportContent(getDb(), { reporterId: createEstablishedUser(), rangeKey: nextRangeKey(), initiativeId: id, reason: "kwetsend" });
    expect(hiddenAt(id)).toBeNull();
    expect(reportContent(getDb(), { reporterId: createEstablishedUser(), rangeKey: nextRangeKey(), initiativeId: id, reason: "hoort_hier_niet", note: "<script>x</script>" }).hidden).toBe(true);
    expect(hiddenAt(id)).not.toBeNull();
    // Hidden: nobody can report or comment on it any more until a buurtwerker decided.
    expect(() => reportContent(getDb(), { reporterId: createEstablishedUser(), rangeKey: nextRangeKey(), initiativeId: id, reason: "spam" })).toThrow(AppError);
  });

  it("a buurtwerker restores it with a reason in the audit log; old reports no longer count", () => {
    const id = createInitiative(initiator);
    for (let n = 0; n < 3; n++) reportContent(getDb(), { reporterId: createEstablishedUser(), rangeKey: nextRangeKey(), initiativeId: id, reason: "spam" });
    reviewContent(getDb(), { staffId: worker, initiativeId: id, decision: "restore", reason: "Niets mis mee." });
    expect(hiddenAt(id)).toBeNull();
    reportContent(getDb(), { reporterId: createEstablishedUser(), rangeKey: nextRangeKey(), initiativeId: id, reason: "spam" });
    expect(hiddenAt(id)).toBeNull();
    const [audit] = getDb().select({ n: count() }).from(auditLog).where(eq(auditLog.action, "initiative.restored")).all();
    expect(audit!.n).toBe(1);
  });

  it("hides a comment at three reports, and a buurtwerker can hide one directly", () => {
    const id = createInitiative(initiator);
    const first = addComment(getDb(), { userId: createUser(), initiativeId: id, body: "Goed plan" });
    const second = addComment(getDb(), { userId: createUser(), initiativeId: id, body: "Koop nu pillen" });
    for (let n = 0; n < 3; n++) reportContent(getDb(), { reporterId: createEstablishedUser(), rangeKey: nextRangeKey(), initiativeId: id, commentId: second, reason: "spam" });
    expect(commentHidden(second)).not.toBeNull();
    expect(commentHidden(first)).toBeNull();
    expect(hiddenAt(id)).toBeNull();
    reviewContent(getDb(), { staffId: worker, initiativeId: id, commentId: first, decision: "hide", reason: "Persoonlijke gegevens" });
    expect(commentHidden(first)).not.toBeNull();
  });

  it("refuses comments on an idea that is not published", () => {
    const id = createInitiative(initiator, "ingediend");
    expect(() => addComment(getDb(), { userId: createUser(), initiativeId: id, body: "Hoi" })).toThrow(AppError);
  });
});
