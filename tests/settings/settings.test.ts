import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { closeDb, getDb } from "@/db/client";
import { auditLog, themes, wijken } from "@/db/schema";
import { FieldRefusal } from "@/lib/platform/errors";
import { saveSettings, saveTheme, saveWijk } from "@/lib/settings/commands/settings";
import { getNumberSetting } from "@/lib/settings/queries/settings";
import { settingsSchema, themeSchema, wijkSchema } from "@/lib/settings/schema";
import { createUser } from "../support/factories";

const auditOf = (action: string) => getDb().select().from(auditLog).where(eq(auditLog.action, action)).all();
const refusalOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error as FieldRefusal;
  }
  throw new Error("expected a refusal");
};

describe("the settings form", () => {
  it("accepts whole numbers in range and says the range in Dutch otherwise", () => {
    expect(settingsSchema.parse({ supportThreshold: "30", initiativeGoal: "150", guestDataRetentionMonths: "6" })).toEqual({
      supportThreshold: 30,
      initiativeGoal: 150,
      guestDataRetentionMonths: 6,
      clientGroups: "C, D, E",
    });
    const errors = settingsSchema.safeParse({ supportThreshold: "0", initiativeGoal: "2,5", guestDataRetentionMonths: "25" }).error!.flatten().fieldErrors;
    expect(errors).toEqual({
      supportThreshold: ["Vul een heel getal in van 1 tot 1.000."],
      initiativeGoal: ["Vul een heel getal in van 1 tot 10.000."],
      guestDataRetentionMonths: ["Vul een heel getal in van 1 tot 24."],
    });
    expect(wijkSchema.safeParse({ name: " " }).error!.flatten().fieldErrors.name).toEqual(["Vul een naam in van minstens 2 tekens."]);
    expect(themeSchema.safeParse({ name: "Natuur", leefgebied: "iets" }).error!.flatten().fieldErrors.leefgebied).toEqual(["Kies een leefgebied uit de lijst."]);
  });

  it("saves only what changed, with one audit record naming the old and new values", () => {
    const actorId = createUser("beheerder");
    expect(saveSettings(getDb(), { actorId, values: { supportThreshold: 30, initiativeGoal: 150, guestDataRetentionMonths: 3, clientGroups: "C, D, E" } })).toEqual(["supportThreshold"]);
    expect(getNumberSetting("supportThreshold")).toBe(30);
    expect(auditOf("settings.changed").at(-1)!.details).toEqual({ supportThreshold: { from: "25", to: "30" } });
    expect(saveSettings(getDb(), { actorId, values: { supportThreshold: 30, initiativeGoal: 150, guestDataRetentionMonths: 3, clientGroups: "C, D, E" } })).toEqual([]);
    expect(auditOf("settings.changed")).toHaveLength(1);
  });
});

describe("wijken and themes", () => {
  it("adds a wijk with its own slug, renames it, and refuses a name that exists in any capitals", () => {
    const actorId = createUser("beheerder");
    const id = saveWijk(getDb(), { actorId, name: "Heksenberg Noord" });
    const twin = saveWijk(getDb(), { actorId, name: "Heksenberg-Noord!" });
    const slugs = getDb().select({ slug: wijken.slug }).from(wijken).where(eq(wijken.id, twin)).get()!.slug;
    expect(slugs).toBe("heksenberg-noord-2");
    saveWijk(getDb(), { actorId, wijkId: id, name: "Heksenberg-Oost" });
    expect(getDb().select().from(wijken).where(eq(wijken.id, id)).get()).toMatchObject({ name: "Heksenberg-Oost", slug: "heksenberg-noord" });
    const clash = refusalOf(() => saveWijk(getDb(), { actorId, wijkId: twin, name: "heksenberg-oost" }));
    expect(clash).toMatchObject({ field: "name", userMessage: "Er is al een wijk met deze naam. Kies een andere naam." });
    // Keeping its own name is no clash.
    expect(saveWijk(getDb(), { actorId, wijkId: id, name: "Heksenberg-Oost" })).toBe(id);
    expect(auditOf("wijk.renamed").at(-1)!.details).toEqual({ from: "Heksenberg-Oost", to: "Heksenberg-Oost" });
    expect(auditOf("wijk.added")).toHaveLength(2);
  });

  it("a renamed wijk or theme is not added again under its old name when the app starts", () => {
    const actorId = createUser("beheerder");
    const hei = getDb().select().from(wijken).where(eq(wijken.name, "De Hei")).get()!;
    saveWijk(getDb(), { actorId, wijkId: hei.id, name: "De Hei (Hoensbroek)" });
    const wonen = getDb().select().from(themes).where(eq(themes.name, "Wonen")).get()!;
    saveTheme(getDb(), { actorId, themeId: wonen.id, name: "Wonen en straat", leefgebied: "wonen-ruimte" });
    closeDb();
    expect(getDb().select().from(wijken).where(eq(wijken.name, "De Hei")).all()).toEqual([]);
    expect(getDb().select().from(themes).where(eq(themes.name, "Wonen")).all()).toEqual([]);
    expect(auditOf("theme.changed").at(-1)!.details).toEqual({
      from: { name: "Wonen", leefgebied: "wonen-ruimte" },
      to: { name: "Wonen en straat", leefgebied: "wonen-ruimte" },
    });
  });

  it("adds a theme in a leefgebied and refuses an unknown one", () => {
    const actorId = createUser("beheerder");
    const id = saveTheme(getDb(), { actorId, name: "Natuur", leefgebied: "gezond-sociaal-veilig" });
    expect(getDb().select().from(themes).where(eq(themes.id, id)).get()).toMatchObject({ slug: "natuur", leefgebied: "gezond-sociaal-veilig" });
    expect(refusalOf(() => saveTheme(getDb(), { actorId, themeId: 99_999, name: "Iets", leefgebied: "onderwijs-werk" })).userMessage).toBe("Dit thema bestaat niet (meer).");
  });
});
