import { expect, test, type Browser } from "@playwright/test";
import { storageStateOf, type DemoRole } from "./support/auth";

const JAN = "jan.hoensbroek@demo.example.org";
const PIET = "piet@demo.example.org";

async function pageAs(browser: Browser, role: DemoRole) {
  const context = await browser.newContext({ storageState: storageStateOf(role) });
  return context.newPage();
}

/** The fields of someone's role form as the browser would post them, with another role chosen. */
async function roleFormFields(browser: Browser, email: string, role: string) {
  const admin = await pageAs(browser, "beheerder");
  await admin.goto(`/beheer/gebruikers?q=${encodeURIComponent(email)}`);
  const fields = await admin.locator("form", { has: admin.getByRole("combobox", { name: /Rol van/ }) }).evaluate(
    (form) => Array.from(new FormData(form as HTMLFormElement).entries()).map(([key, value]) => [key, String(value)]),
  );
  await admin.context().close();
  return Object.fromEntries(fields.map(([key, value]) => [key, key === "role" ? role : value]));
}

async function currentRole(browser: Browser, email: string) {
  const admin = await pageAs(browser, "beheerder");
  await admin.goto(`/beheer/gebruikers?q=${encodeURIComponent(email)}`);
  const value = await admin.getByRole("combobox", { name: /Rol van/ }).inputValue();
  await admin.context().close();
  return value;
}

test.describe("a beheerder manages roles", () => {
  test.use({ storageState: storageStateOf("beheerder") });

  test("finds a resident, makes them buurtwerker, and the logbook records it", async ({ page }) => {
    await page.goto("/beheer/gebruikers");
    await page.getByLabel("Zoek op naam of e-mailadres").fill("jan.hoensbroek");
    await page.getByRole("button", { name: "Zoeken" }).click();
    await expect(page.getByText("1 gebruiker gevonden.")).toBeVisible();
    await page.getByLabel("Rol van Jan").selectOption("buurtwerker");
    await page.getByRole("button", { name: "Rol opslaan" }).click();
    await expect(page.getByText("De rol is aangepast.")).toBeVisible();

    await page.goto("/beheer/logboek");
    const row = page.getByRole("row", { name: /user\.role_changed/ }).first();
    await expect(row).toContainText("Karin");
    await expect(row).toContainText('"from":"bewoner","to":"buurtwerker"');
  });
});

test.describe("a role change by direct request", () => {
  test("is refused to a bewoner and to a visitor, and changes nothing", async ({ browser }) => {
    const fields = await roleFormFields(browser, PIET, "beheerder");

    const resident = await pageAs(browser, "bewoner");
    const asResident = await resident.request.post("/beheer/gebruikers", { multipart: fields, maxRedirects: 0 });
    expect(asResident.status()).not.toBe(500);
    await resident.context().close();

    const visitor = await browser.newContext();
    await visitor.request.post("/beheer/gebruikers", { multipart: fields, maxRedirects: 0 });
    await visitor.close();

    expect(await currentRole(browser, PIET)).toBe("bewoner");
  });

  test("the same replayed request works for a beheerder (so the refusal above is real)", async ({ browser }) => {
    const fields = await roleFormFields(browser, JAN, "alliantie");
    const admin = await pageAs(browser, "beheerder");
    await admin.request.post("/beheer/gebruikers", { multipart: fields, maxRedirects: 0 });
    await admin.context().close();
    expect(await currentRole(browser, JAN)).toBe("alliantie");
  });
});
