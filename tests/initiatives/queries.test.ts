import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { initiatives, settings } from "@/db/schema";
import { backInitiative, offerHelp } from "@/lib/initiatives/commands/backing";
import { addComment } from "@/lib/initiatives/commands/comments";
import { registerPaperSupport } from "@/lib/initiatives/commands/paper";
import { getInitiativeDetail } from "@/lib/initiatives/queries/detail";
import { listPublished } from "@/lib/initiatives/queries/lists";
import { listFilterSchema } from "@/lib/initiatives/schema";
import { createInitiative, createUser } from "../support/factories";

const filter = (query: Record<string, string>) => listFilterSchema.parse(query);
const retitle = (id: number, title: string) => getDb().update(initiatives).set({ title }).where(eq(initiatives.id, id)).run();

describe("the detail page's data", () => {
  const initiator = createUser("bewoner", "Initiatiefnemer");
  const coach = createUser("buurtwerker", "Coach Ruud");
  const backer = createUser("bewoner", "Helper");

  it("counts online, helpers and paper support against the threshold setting", () => {
    const id = createInitiative(initiator);
    getDb().update(initiatives).set({ coachId: coach }).where(eq(initiatives.id, id)).run();
    getDb().update(settings).set({ value: "10" }).where(eq(settings.key, "supportThreshold")).run();
    backInitiative(getDb(), { userId: createUser(), initiativeId: id });
    offerHelp(getDb(), { userId: backer, initiativeId: id, helpNote: "Ik kan schilderen." });
    registerPaperSupport(getDb(), { staffId: coach, initiativeId: id, count: 4 });
    const visitorView = getInitiativeDetail(id, null)!;
    expect(visitorView).toMatchObject({ backingCount: 2, helperCount: 1, paperCount: 4, threshold: 10, coachName: "Coach Ruud" });
    // The note of a helper: only for the initiator and the coach.
    expect(visitorView.helpers).toBeNull();
    expect(getInitiativeDetail(id, { id: backer, role: "bewoner" })!.helpers).toBeNull();
    expect(getInitiativeDetail(id, { id: backer, role: "bewoner" })!.viewer).toMatchObject({ backed: true, helpOffered: true });
    expect(getInitiativeDetail(id, { id: initiator, role: "bewoner" })!.helpers).toEqual([{ name: "Helper", note: "Ik kan schilderen." }]);
    expect(getInitiativeDetail(id, { id: coach, role: "buurtwerker" })!.helpers).toHaveLength(1);
  });

  it("shows an unpublished idea only to its initiator and staff", () => {
    const id = createInitiative(initiator, "teruggestuurd");
    expect(getInitiativeDetail(id, null)).toBeNull();
    expect(getInitiativeDetail(id, { id: backer, role: "bewoner" })).toBeNull();
    expect(getInitiativeDetail(id, { id: createUser("alliantie"), role: "alliantie" })).toBeNull();
    expect(getInitiativeDetail(id, { id: initiator, role: "bewoner" })?.isPublic).toBe(false);
    expect(getInitiativeDetail(id, { id: coach, role: "buurtwerker" })?.viewer.isStaff).toBe(true);
    const concept = createInitiative(initiator, "concept");
    expect(getInitiativeDetail(concept, { id: coach, role: "buurtwerker" })).toBeNull();
    expect(getInitiativeDetail(concept, { id: initiator, role: "bewoner" })).not.toBeNull();
  });

  it("marks the answers of the initiator and the coach", () => {
    const id = createInitiative(initiator);
    getDb().update(initiatives).set({ coachId: coach }).where(eq(initiatives.id, id)).run();
    for (const userId of [backer, initiator, coach]) addComment(getDb(), { userId, initiativeId: id, body: "Hallo" });
    expect(getInitiativeDetail(id, null)!.comments.map((c) => c.badge)).toEqual([null, "initiatiefnemer", "coach"]);
  });
});

describe("the public list", () => {
  const initiator = createUser();

  it("shows only published, not hidden ideas; searches literally; pages by 20", () => {
    const before = listPublished(filter({})).total;
    const published = Array.from({ length: 23 }, () => createInitiative(initiator, "zoekt_steun"));
    const concept = createInitiative(initiator, "concept");
    retitle(concept, "Geheim concept");
    retitle(published[0]!, "100% groen plein");
    retitle(published[1]!, "1000 groene planten");
    getDb().update(initiatives).set({ hiddenAt: new Date() }).where(eq(initiatives.id, published[2]!)).run();

    const first = listPublished(filter({}));
    expect(first.total).toBe(before + 22);
    expect(first.items).toHaveLength(20);
    expect(first.pages).toBe(Math.ceil((before + 22) / 20));
    expect(listPublished(filter({ pagina: "2" })).items).toHaveLength(before + 2);
    expect(listPublished(filter({ q: "Geheim" })).total).toBe(0);
    // "%" is a character to find, not a wildcard.
    expect(listPublished(filter({ q: "100%" })).items.map((i) => i.title)).toEqual(["100% groen plein"]);
  });

  it("sorts by online and paper support together", () => {
    const worker = createUser("buurtwerker");
    const [a, b] = [createInitiative(initiator), createInitiative(initiator)];
    retitle(a, "Sortering A");
    retitle(b, "Sortering B");
    backInitiative(getDb(), { userId: createUser(), initiativeId: a });
    registerPaperSupport(getDb(), { staffId: worker, initiativeId: b, count: 50 });
    const titles = listPublished(filter({ sort: "steun", q: "Sortering" })).items.map((i) => i.title);
    expect(titles).toEqual(["Sortering B", "Sortering A"]);
  });

  it("ignores odd filter values instead of failing", () => {
    expect(filter({ wijk: "abc", status: "concept", sort: "x", pagina: "-4" })).toEqual({ q: "", wijk: undefined, thema: undefined, status: undefined, sort: "nieuw", pagina: 1 });
  });
});
