import { storageStateOf } from "../support/auth";
import { expectNoAxeViolations } from "../support/axe";
import { expect, test } from "../support/fixtures";

// The demo data has the published idea "Moestuin achter de flat" (zoekt_steun).
const HINT = "Steun dit idee in plaats daarvan?";

test.describe("similar ideas while proposing", () => {
  test.use({ storageState: storageStateOf("bewoner") });

  test("appear below the title while typing, and pass axe", async ({ page }) => {
    await page.goto("/initiatieven/nieuw");
    await expect(page.getByRole("heading", { name: HINT })).toHaveCount(0);
    await page.getByLabel("Titel van uw idee").fill("Moestuinen voor de buurt");
    await expect(page.getByRole("heading", { name: HINT })).toBeVisible();
    await expect(page.getByRole("link", { name: "Moestuin achter de flat" })).toHaveAttribute("href", /^\/initiatieven\/\d+$/);
    // The no-JavaScript check is not there when the hint comes by itself.
    await expect(page.getByRole("button", { name: "Bestaat uw idee al?" })).toHaveCount(0);
    await expectNoAxeViolations(page);

    await page.getByLabel("Titel van uw idee").fill("Xq");
    await expect(page.getByRole("heading", { name: HINT })).toHaveCount(0);
  });
});

test.describe("similar ideas without JavaScript", () => {
  test.use({ storageState: storageStateOf("bewoner"), javaScriptEnabled: false });

  test("the check button shows them and keeps what was typed", async ({ page }) => {
    await page.goto("/initiatieven/nieuw");
    await page.getByLabel("Titel van uw idee").fill("Een moestuin bij ons");
    await page.getByLabel("Uw idee in één of twee zinnen").fill("Groente kweken met de kinderen.");
    await page.getByLabel("In welke wijk?").selectOption({ label: "De Koumen" });
    await page.getByRole("button", { name: "Bestaat uw idee al?" }).click();

    await expect(page.getByRole("heading", { name: HINT })).toBeVisible();
    await expect(page.getByRole("link", { name: "Moestuin achter de flat" })).toBeVisible();
    await expect(page.getByLabel("Titel van uw idee")).toHaveValue("Een moestuin bij ons");
    await expect(page.getByLabel("Uw idee in één of twee zinnen")).toHaveValue("Groente kweken met de kinderen.");
    await expect(page.getByLabel("In welke wijk?")).toHaveValue(/\d+/);
  });
});

test.describe("similar ideas from the server", () => {
  test.use({ storageState: storageStateOf("bewoner") });

  // axe needs JavaScript: the page the check button leads to, checked with it on.
  test("the page after the check passes axe", async ({ page }) => {
    await page.goto("/initiatieven/nieuw?title=Een+moestuin+bij+ons&pitch=");
    await expect(page.getByRole("heading", { name: HINT })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test("the route answers with published ideas only", async ({ request }) => {
  const found = (await (await request.get("/api/v1/initiatives/similar?q=moestuin")).json()) as { items: { title: string }[] };
  expect(found.items.map((idea) => idea.title)).toEqual(["Moestuin achter de flat"]);
  // "Lichtjes in de steeg" is only submitted, not published.
  const hidden = (await (await request.get("/api/v1/initiatives/similar?q=lichtjes steeg")).json()) as { items: unknown[] };
  expect(hidden.items).toEqual([]);
});
