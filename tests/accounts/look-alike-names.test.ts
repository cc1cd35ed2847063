import { describe, expect, it } from "vitest";
import { nameKey } from "@/lib/accounts/display-name";
import { copiesStaffName } from "@/lib/accounts/queries/accounts";
import { profileSchema } from "@/lib/accounts/schema";
import { createUser } from "../support/factories";

// Issue 21 item 7: names that look like staff, a role or the site itself.
const nameErrors = (displayName: string) => profileSchema.safeParse({ displayName, wijkId: "" }).error?.issues.map((issue) => issue.message) ?? [];

describe("look-alike display names", () => {
  it("reads Cyrillic, Greek and Armenian look-alikes as the Latin letters they mimic", () => {
    expect(nameKey("Ruսd")).toBe("ruud");
    expect(nameKey("Вuurtwerker")).toBe("buurtwerker");
    expect(nameKey("Αdmin")).toBe("admin");
    expect(nameKey("Маrіа")).toBe("maria");
  });

  it("refuses a staff member's name written with a foreign look-alike letter", () => {
    createUser("buurtwerker", "Ruud Hendriks");
    const me = createUser();
    expect(copiesStaffName("Ruսd Hendriks", me)).toBe(true);
    expect(copiesStaffName("Ruud Неndriks", me)).toBe(true);
  });

  it("refuses a role word in look-alike letters, and English staff words", () => {
    for (const name of ["Вuurtwerker", "Ruud staff", "Team Noord", "Support", "Official Piet"]) expect(nameErrors(name).join(" "), name).toMatch(/rol/);
  });

  it("refuses the site's own name", () => {
    for (const name of ["Burgers maken Hrl-Nrd", "burgers-maken", "BurgersMaken Heerlen"]) expect(nameErrors(name).join(" "), name).toMatch(/naam van de website/);
  });

  it("refuses emoji and symbols", () => {
    expect(nameErrors("Ruud 🛡️ staff").length).toBeGreaterThan(0);
    for (const name of ["Ruud 🛡️", "Piet ✔", "Anna ★", "Jan\u200Bde Vries", "Kees\u202Erood"]) expect(nameErrors(name).join(" "), name).toMatch(/emoji/i);
  });

  it("refuses one word in two scripts, and allows a whole word in another script", () => {
    for (const name of ["Ruսd", "Jаn de Vries", "Piet Ηermans"]) expect(nameErrors(name).join(" "), name).toMatch(/één schrift/);
    for (const name of ["Jan", "Anne-Marie", "Mehmet Yılmaz", "Ольга", "Ольга Jansen", "Γιώργος", "Արամ", "محمد", "Zoë O'Brien", "J.P. de Vries", "Piet & Marie", "Jan 2"]) {
      expect(nameErrors(name), name).toEqual([]);
    }
  });
});
