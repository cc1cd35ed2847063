import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import type { InitiativeStatus } from "@/db/enums";
import { initiatives } from "@/db/schema";
import { findSimilarIdeas } from "@/lib/initiatives/queries/similar";
import { searchWords, similarQuery, stem } from "@/lib/initiatives/similar-terms";
import { createUser } from "../support/factories";

const initiator = createUser();
const idea = (title: string, pitch: string, status: InitiativeStatus = "zoekt_steun") =>
  getDb().insert(initiatives).values({ title, pitch, wijkId: 1, themeId: 1, status, initiatorId: initiator }).returning({ id: initiatives.id }).get().id;
const titles = (text: string) => findSimilarIdeas(text).map((found) => found.title);

describe("the words of a typed title", () => {
  it("drops small words and accents, and cuts plural and diminutive endings", () => {
    expect(searchWords("Een moestuin voor de buurt")).toEqual(["moestuin", "buurt"]);
    expect(searchWords("Moestuinen bij het Café")).toEqual(["moestuin", "cafe"]);
    expect(stem("bankjes")).toBe("bank");
    expect(stem("speeltuinen")).toBe("speeltuin");
    // A short word keeps its ending: "bus" is not "bu".
    expect(stem("bus")).toBe("bus");
  });

  it("makes a prefix query that quotes every word, or none at all", () => {
    expect(similarQuery("Moestuinen!")).toBe('"moestuin"*');
    expect(similarQuery('bank" OR x NEAR(')).toBe('"bank"* OR "near"*');
    expect(similarQuery("de en het")).toBeNull();
  });
});

describe("similar public ideas", () => {
  const garden = idea("Moestuin in Heksenberg", "Samen groente kweken op een braakliggend veld.");
  const gardenInPitch = idea("Groen plein", "Bakken met kruiden en een kleine moestuin voor de kinderen.");
  idea("Bankjes in het park", "Meer plekken om te zitten.");
  const concept = idea("Moestuin achter de flat", "Nog een concept.", "concept");
  const submitted = idea("Moestuin bij school", "Wacht op de buurtwerker.", "ingediend");

  it("ranks a match in the title above one in the pitch, and finds plural and other spelling", () => {
    expect(findSimilarIdeas("Moestuinen voor iedereen").map((found) => found.id)).toEqual([garden, gardenInPitch]);
    expect(titles("een bankje")).toEqual(["Bankjes in het park"]);
    expect(titles("MOESTUÍN")[0]).toBe("Moestuin in Heksenberg");
  });

  it("never suggests an idea that is not public, and follows changes at once", () => {
    const found = () => findSimilarIdeas("moestuin").map((row) => row.id);
    expect(found()).not.toContain(concept);
    expect(found()).not.toContain(submitted);

    getDb().update(initiatives).set({ status: "zoekt_steun" }).where(eq(initiatives.id, submitted)).run();
    expect(found()).toContain(submitted);
    getDb().update(initiatives).set({ hiddenAt: new Date() }).where(eq(initiatives.id, submitted)).run();
    expect(found()).not.toContain(submitted);
    getDb().update(initiatives).set({ title: "Fietsenstalling" }).where(eq(initiatives.id, garden)).run();
    expect(titles("fietsenstalling")).toEqual(["Fietsenstalling"]);
    expect(found()).not.toContain(garden);
    getDb().delete(initiatives).where(eq(initiatives.id, gardenInPitch)).run();
    expect(found()).not.toContain(gardenInPitch);
  });

  it("shows at most three and nothing for an empty or odd title", () => {
    for (let n = 0; n < 5; n++) idea(`Buurtfeest ${n}`, "Een feest voor iedereen.");
    expect(findSimilarIdeas("buurtfeest")).toHaveLength(3);
    expect(findSimilarIdeas("")).toEqual([]);
    expect(findSimilarIdeas('"*()')).toEqual([]);
  });
});
