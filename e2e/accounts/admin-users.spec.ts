import type { Page } from "@playwright/test";
import { storageStateOf } from "../support/auth";
import { expect, test } from "../support/fixtures";
import { expectNoAxeViolations } from "../support/axe";

/** A resident of the test's own, signed in once so the account exists, with a display name. */
async function newResident(pageAsResident: (email: string) => Promise<Page>, name: string) {
  const email = `${name.toLowerCase()}-${Date.now()}@voorbeeld.nl`;
  const page = await pageAsResident(email);
  await page.getByLabel("Uw naam op dit platform").fill(name);
  await page.getByRole("button", { name: "Opslaan en verder" }).click();
  await expect(page.getByRole("heading", { name: "Mijn account" })).toBeVisible();
  return email;
}

/** The fields of someone's role form as the browser would post them, with another role chosen. */
async function roleFormFields(admin: Page, email: string, role: string) {
  await admin.goto(`/beheer/gebruikers?q=${encodeURIComponent(email)}`);
  const fields = await admin.locator("form", { has: admin.getByRole("combobox", { name: /Rol van/ }) }).evaluate(
    (form) => Array.from(new FormData(form as HTMLFormElement).entries()).map(([key, value]) => [key, String(value)]),
  );
  return Object.fromEntries(fields.map(([key, value]) => [key, key === "role" ? role : value]));
}

async function currentRole(admin: Page, email: string) {
  await admin.goto(`/beheer/gebruikers?q=${encodeURIComponent(email)}`);
  return admin.getByRole("combobox", { name: /Rol van/ }).inputValue();
}

test.describe("a beheerder manages roles", () => {
  test.use({ storageState: storageStateOf("beheerder") });

  test("finds a resident, makes them buurtwerker, and the logbook records it", async ({ page, pageAsResident }) => {
    const email = await newResident(pageAsResident, "Wies");
    await page.goto("/beheer/gebruikers");
    await page.getByLabel("Zoek op naam of e-mailadres").fill(email);
    await page.getByRole("button", { name: "Zoeken" }).click();
    await expect(page.getByText("1 gebruiker gevonden.")).toBeVisible();
    await page.getByLabel("Rol van Wies").selectOption("buurtwerker");
    await page.getByRole("button", { name: "Rol opslaan" }).click();
    await expect(page.getByText("De rol is aangepast.")).toBeVisible();
    // The picker shows the saved role, and saving it again changes nothing and says so.
    await expect(page.getByLabel("Rol van Wies")).toHaveValue("buurtwerker");
    await page.getByRole("button", { name: "Rol opslaan" }).click();
    await expect(page.getByText("Deze persoon is al buurtwerker. Er is niets veranderd.")).toBeVisible();
    await expect(page.getByLabel("Rol van Wies")).toHaveValue("buurtwerker");

    // The logbook says it in a plain sentence, with a link to the person, and fits 360 px.
    await page.goto("/beheer/logboek");
    const entry = page.getByRole("listitem").filter({ hasText: "maakte Wies buurtwerker in plaats van bewoner" }).first();
    await expect(entry).toContainText("(beheerder) maakte Wies");
    await expect(entry).not.toContainText("role_changed");
    await entry.getByRole("link", { name: /Naar Wies/ }).click();
    await expect(page.getByLabel("Rol van Wies", { exact: true })).toHaveValue("buurtwerker");
    await expectNoAxeViolations(page);
  });
});

test.describe("a role change by direct request", () => {
  test("is refused to a bewoner and to a visitor, and changes nothing", async ({ pageAs, pageAsResident }) => {
    const email = await newResident(pageAsResident, "Piet");
    const admin = await pageAs("beheerder");
    const fields = await roleFormFields(admin, email, "beheerder");

    const resident = await pageAs("bewoner");
    const asResident = await resident.request.post("/beheer/gebruikers", { multipart: fields, maxRedirects: 0 });
    expect(asResident.status()).not.toBe(500);
    const visitor = await pageAs("bezoeker");
    await visitor.request.post("/beheer/gebruikers", { multipart: fields, maxRedirects: 0 });

    expect(await currentRole(admin, email)).toBe("bewoner");
  });

  test("the same replayed request works for a beheerder (so the refusal above is real)", async ({ pageAs, pageAsResident }) => {
    const email = await newResident(pageAsResident, "Jan");
    const admin = await pageAs("beheerder");
    const fields = await roleFormFields(admin, email, "alliantie");
    await admin.request.post("/beheer/gebruikers", { multipart: fields, maxRedirects: 0 });
    expect(await currentRole(admin, email)).toBe("alliantie");
  });
});
