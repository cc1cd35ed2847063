import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { initiatives, mailOutbox, reports, users } from "@/db/schema";
import { deleteAccount } from "@/lib/accounts/commands/deletion";
import { addComment } from "@/lib/initiatives/commands/comments";
import { reportContent } from "@/lib/initiatives/commands/reports";
import { getInitiativeDetail } from "@/lib/initiatives/queries/detail";
import { listReported } from "@/lib/initiatives/queries/staff";
import { mailDirectBatch } from "@/lib/notifications/commands/deliver";
import { ipRangeKey } from "@/lib/platform/security/ip-range";
import { createEstablishedUser, createInitiative, createUser, nextRangeKey } from "../support/factories";

// Issue 12 item 3: three throwaway accounts must not be able to hide anything.
const db = () => getDb();
const hiddenAt = (id: number) => db().select({ h: initiatives.hiddenAt }).from(initiatives).where(eq(initiatives.id, id)).get()!.h;
const report = (reporterId: string, initiativeId: number, rangeKey: string | null = nextRangeKey(), commentId?: number) =>
  reportContent(db(), { reporterId, initiativeId, commentId, reason: "spam", rangeKey });

describe("ip ranges", () => {
  it("keys IPv4 by /24, IPv6 by /64 and IPv4-mapped IPv6 as IPv4", () => {
    expect(ipRangeKey("203.0.113.77")).toBe("203.0.113.0/24");
    expect(ipRangeKey("::ffff:203.0.113.9")).toBe("203.0.113.0/24");
    expect(ipRangeKey("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(ipRangeKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(ipRangeKey("2001:0DB8:0001:0002:ffff:ffff:ffff:ffff")).toBe("2001:db8:1:2::/64");
    expect(ipRangeKey("unknown")).toBeNull();
  });
});

describe("hiding after reports", () => {
  it("needs established residents: three new accounts hide nothing", () => {
    const id = createInitiative(createEstablishedUser());
    for (let n = 0; n < 5; n++) report(createUser(), id);
    expect(hiddenAt(id)).toBeNull();
    // An old account that never took part counts no more than a new one.
    const idle = createUser();
    db().update(users).set({ createdAt: new Date(Date.now() - 30 * 86_400_000) }).where(eq(users.id, idle)).run();
    report(idle, id);
    expect(hiddenAt(id)).toBeNull();
  });

  it("counts reports from one IP range once", () => {
    const id = createInitiative(createEstablishedUser());
    const range = ipRangeKey("198.51.100.4");
    for (let n = 0; n < 3; n++) report(createEstablishedUser(), id, range);
    expect(hiddenAt(id)).toBeNull();
    report(createEstablishedUser(), id);
    expect(hiddenAt(id)).toBeNull();
    expect(report(createEstablishedUser(), id).hidden).toBe(true);
    expect(hiddenAt(id)).not.toBeNull();
  });

  it("alerts the buurtwerkers at once when something is hidden", () => {
    const before = db().select().from(mailOutbox).all().length;
    const worker = createEstablishedUser("buurtwerker", "Werker");
    const workerEmail = db().select({ email: users.email }).from(users).where(eq(users.id, worker)).get()!.email;
    const id = createInitiative(createEstablishedUser());
    for (let n = 0; n < 3; n++) report(createEstablishedUser(), id);
    // The alert is a staff notification, mailed at once (the default for news for staff).
    mailDirectBatch(db());
    const mails = db().select().from(mailOutbox).all().slice(before);
    const alert = mails.find((mail) => mail.to === workerEmail.toLowerCase());
    expect(alert?.text).toContain("verborgen");
    expect(alert?.text).toContain(`/beheer/initiatieven/${id}`);
  });

  it("keeps hidden content visible to its author, with a note; others do not see it", () => {
    const initiator = createEstablishedUser();
    const id = createInitiative(initiator);
    const author = createEstablishedUser();
    const commentId = addComment(db(), { userId: author, initiativeId: id, body: "Mijn reactie" });
    for (let n = 0; n < 3; n++) report(createEstablishedUser(), id, nextRangeKey(), commentId);

    const asAuthor = getInitiativeDetail(id, { id: author, role: "bewoner" })!;
    expect(asAuthor.comments.find((c) => c.id === commentId)).toMatchObject({ body: "Mijn reactie", hiddenNote: "Verborgen na meldingen. Een buurtwerker kijkt ernaar." });
    const asOther = getInitiativeDetail(id, { id: createUser(), role: "bewoner" })!;
    expect(asOther.comments.find((c) => c.id === commentId)).toBeUndefined();

    for (let n = 0; n < 3; n++) report(createEstablishedUser(), id);
    expect(getInitiativeDetail(id, null)).toBeNull();
    expect(getInitiativeDetail(id, { id: initiator, role: "bewoner" })).toMatchObject({ hidden: true });
  });
});

describe("when reporters leave", () => {
  it("an idea hidden by reports stays on the review list after every reporter deleted the account; their note and network go", () => {
    const id = createInitiative(createEstablishedUser());
    const reporters = [createEstablishedUser(), createEstablishedUser(), createEstablishedUser()];
    for (const reporter of reporters) reportContent(db(), { reporterId: reporter, initiativeId: id, reason: "spam", note: "Dit is reclame", rangeKey: nextRangeKey() });
    expect(hiddenAt(id)).not.toBeNull();

    for (const reporter of reporters) deleteAccount(db(), { userId: reporter, baseUrl: "http://localhost:3000" });
    expect(listReported().find((item) => item.initiativeId === id && item.commentId === null)).toMatchObject({ hidden: true, openReports: 3 });
    const left = db().select().from(reports).where(eq(reports.initiativeId, id)).all();
    expect(left.map((row) => [row.reporterId, row.note, row.rangeKey])).toEqual([[null, null, null], [null, null, null], [null, null, null]]);
  });
});
