import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, comments, initiatives } from "@/db/schema";
import { listAuditLog } from "@/lib/platform/audit/queries";
import { auditLine } from "@/lib/platform/audit/sentences";
import { addComment } from "@/lib/initiatives/commands/comments";
import { reportContent, restoreUnconfirmedHides, reviewContent } from "@/lib/initiatives/commands/reports";
import { listReported } from "@/lib/initiatives/queries/staff";
import { addWorkingDays } from "@/lib/initiatives/working-days";
import { ALL_JOBS } from "@/lib/wiring/jobs";
import { createEstablishedUser, createInitiative, nextRangeKey } from "../support/factories";

// Issue 21 item 6: three aged accounts must not hide a well-supported idea, and a hide that no
// buurtwerker confirms does not last.
const db = () => getDb();
const MINUTE = 60_000;
const ideaHiddenAt = (id: number) => db().select({ h: initiatives.hiddenAt }).from(initiatives).where(eq(initiatives.id, id)).get()!.h;
const commentHiddenAt = (id: number) => db().select({ h: comments.hiddenAt }).from(comments).where(eq(comments.id, id)).get()!.h;
const report = (initiativeId: number, now = new Date(), commentId?: number) =>
  reportContent(db(), { reporterId: createEstablishedUser(), initiativeId, commentId, reason: "spam", rangeKey: nextRangeKey() }, now);
const withBackers = (backers: number) => {
  const id = createInitiative(createEstablishedUser());
  db().update(initiatives).set({ backingCount: backers }).where(eq(initiatives.id, id)).run();
  return id;
};

/** A Friday 10:00 UTC at least a week ago (the reporters are a month old). */
function pastFriday(): Date {
  const day = new Date(Date.now() - 7 * 24 * 60 * MINUTE);
  day.setUTCHours(10, 0, 0, 0);
  while (day.getUTCDay() !== 5) day.setUTCDate(day.getUTCDate() - 1);
  return day;
}

describe("hiding by reports weighs the idea's support", () => {
  it("an idea with 100 backers needs 10 reports, not 3", () => {
    const id = withBackers(100);
    for (let n = 0; n < 9; n++) report(id);
    expect(ideaHiddenAt(id)).toBeNull();
    expect(report(id).hidden).toBe(true);
    expect(ideaHiddenAt(id)).not.toBeNull();
  });

  it("an idea with few backers (and a comment, which has none) still needs 3", () => {
    const id = withBackers(12);
    report(id);
    report(id);
    expect(ideaHiddenAt(id)).toBeNull();
    report(id);
    expect(ideaHiddenAt(id)).not.toBeNull();

    const open = withBackers(500);
    const commentId = addComment(db(), { userId: createEstablishedUser(), initiativeId: open, body: "Koop nu!" });
    for (let n = 0; n < 3; n++) report(open, new Date(), commentId);
    expect(commentHiddenAt(commentId)).not.toBeNull();
  });
});

describe("a hide that no buurtwerker confirms within 2 working days is undone", () => {
  it("the idea comes back after 2 working days (not counting the weekend), with an audit record, and is off the review list", () => {
    const friday = pastFriday();
    const id = withBackers(0);
    for (let n = 0; n < 3; n++) report(id, friday);
    expect(ideaHiddenAt(id)).not.toBeNull();
    const due = addWorkingDays(friday, 2);
    expect(due.getUTCDay()).toBe(2);
    restoreUnconfirmedHides(db(), new Date(due.getTime() - MINUTE));
    expect(ideaHiddenAt(id)).not.toBeNull();
    restoreUnconfirmedHides(db(), due);
    expect(ideaHiddenAt(id)).toBeNull();
    const audit = db().select().from(auditLog).where(eq(auditLog.targetId, String(id))).all();
    expect(audit.map((row) => row.action)).toContain("initiative.restored");
    const logbook = listAuditLog(1).rows.find((row) => row.action === "initiative.restored" && row.targetId === String(id));
    expect(logbook && auditLine(logbook).sentence).toMatch(/^De website \(automatisch\) .*Reden: Niet bevestigd door een buurtwerker binnen 2 werkdagen\./);
    expect(listReported().some((row) => row.initiativeId === id && row.commentId === null)).toBe(false);
  });

  it("a hide a buurtwerker confirmed stays, for an idea and a comment", () => {
    const friday = pastFriday();
    const staff = createEstablishedUser("buurtwerker");
    const id = withBackers(0);
    for (let n = 0; n < 3; n++) report(id, friday);
    reviewContent(db(), { staffId: staff, initiativeId: id, decision: "hide", reason: "Klopt, dit is spam." }, new Date(friday.getTime() + 60 * MINUTE));

    const other = withBackers(0);
    const commentId = addComment(db(), { userId: createEstablishedUser(), initiativeId: other, body: "Spam" });
    for (let n = 0; n < 3; n++) report(other, friday, commentId);
    reviewContent(db(), { staffId: staff, initiativeId: other, commentId, decision: "hide", reason: "Spam" }, new Date(friday.getTime() + 60 * MINUTE));
    // A later report of the confirmed comment does not turn it into an unconfirmed hide.
    report(other, new Date(friday.getTime() + 120 * MINUTE), commentId);

    restoreUnconfirmedHides(db(), addWorkingDays(friday, 5));
    expect(ideaHiddenAt(id)).not.toBeNull();
    expect(commentHiddenAt(commentId)).not.toBeNull();
  });

  it("an unconfirmed comment comes back too", () => {
    const friday = pastFriday();
    const id = withBackers(0);
    const commentId = addComment(db(), { userId: createEstablishedUser(), initiativeId: id, body: "Gewoon een mening" });
    for (let n = 0; n < 3; n++) report(id, friday, commentId);
    expect(commentHiddenAt(commentId)).not.toBeNull();
    restoreUnconfirmedHides(db(), addWorkingDays(friday, 2));
    expect(commentHiddenAt(commentId)).toBeNull();
  });

  it("runs as a recurring job", () => {
    const unhide = ALL_JOBS.find((job) => job.kind === "unhide");
    expect(unhide?.slot(new Date("2026-05-06T12:07:00Z")).toISOString()).toBe("2026-05-06T12:00:00.000Z");
  });
});
