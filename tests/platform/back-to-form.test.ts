import { describe, expect, it } from "vitest";
import { formPageFrom } from "@/lib/platform/forms/back-to-form";
import { isFormId } from "@/lib/platform/forms/done-notes";
import { siteUrl } from "@/lib/platform/site-url";

describe("after a post without JavaScript, a form goes back to its own page", () => {
  it("keeps the page's path and query, replaces an old note, and points at the form's note", () => {
    expect(formPageFrom(`${siteUrl()}/account`, "keuze")).toBe("/account?gelukt=keuze#gelukt-keuze");
    expect(formPageFrom(`${siteUrl()}/beheer/activiteiten/3?week=2`, "inchecken-7")).toBe("/beheer/activiteiten/3?week=2&gelukt=inchecken-7#gelukt-inchecken-7");
    expect(formPageFrom(`${siteUrl()}/account?gelukt=oud#ergens`, "keuze")).toBe("/account?gelukt=keuze#gelukt-keuze");
  });

  it("never leaves the site: another origin, garbage or no Referer renders the page as before", () => {
    for (const referer of [null, "", "not a url", "https://evil.example/account", "http://localhost:1/account", `${siteUrl()}.evil.example/account`, "javascript:alert(1)"]) {
      expect(formPageFrom(referer, "keuze"), String(referer)).toBeNull();
    }
  });

  it("takes only short plain names as a form's name, so the address carries no other text", () => {
    expect(["keuze", "inchecken-12", "fonds-form-3"].every(isFormId)).toBe(true);
    expect(["", "Keuze", "a b", "<b>", "x".repeat(41), "../x", undefined, 3].some(isFormId)).toBe(false);
  });
});
