import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { initiatives } from "@/db/schema";
import { createProposal } from "@/lib/initiatives/commands/proposal";
import { applyTransition } from "@/lib/initiatives/commands/transition";
import { photoVisibility } from "@/lib/initiatives/queries/detail";
import { proposalSchema } from "@/lib/initiatives/schema";
import { createUser } from "../support/factories";

describe("who may see an idea's photo", () => {
  const resident = { id: createUser("bewoner", "Fatima"), role: "bewoner" as const };
  const neighbour = { id: createUser("bewoner", "Jan"), role: "bewoner" as const };
  const worker = { id: createUser("buurtwerker", "Ruud"), role: "buurtwerker" as const };
  const photo = "b".repeat(32) + ".webp";
  const proposal = proposalSchema.parse({ title: "Bankje", pitch: "Een bankje bij de bushalte.", wijkId: "1", themeId: "2" });
  const id = createProposal(getDb(), { user: resident, proposal, photo: { path: photo } });
  const seenBy = () => [null, neighbour, resident, worker].map((viewer) => photoVisibility(photo, viewer));

  it("follows its idea: a draft for the initiator only, submitted also for staff, published for everyone, hidden again not", () => {
    expect(seenBy()).toEqual([null, null, "private", null]);
    applyTransition(getDb(), { actor: resident, initiativeId: id, transition: "submit" });
    expect(seenBy()).toEqual([null, null, "private", "private"]);
    applyTransition(getDb(), { actor: worker, initiativeId: id, transition: "publish" });
    expect(seenBy()).toEqual(["public", "public", "public", "public"]);
    getDb().update(initiatives).set({ hiddenAt: new Date() }).where(eq(initiatives.id, id)).run();
    expect(seenBy()).toEqual([null, null, "private", "private"]);
  });

  it("knows no photo under a name that is not an idea's", () => {
    expect(photoVisibility("c".repeat(32) + ".webp", worker)).toBeNull();
  });
});
