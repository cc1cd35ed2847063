import { uniqueTitle } from "../support/initiatives";
import { expectNoAxeViolations } from "../support/axe";
import { one } from "../support/db";
import { act, clientAs } from "../support/http";
import { expect, test } from "../support/fixtures";

const DEFAULTS = { supportThreshold: "25", initiativeGoal: "150", guestDataRetentionMonths: "3" };

// The other specs count on the default threshold and goal.
test.afterAll(async ({ baseURL }) => {
  const beheerder = await clientAs(baseURL!, "beheerder");
  await act(beheerder, "lib/settings/actions/settings.ts#saveSettingsAction", "/beheer/instellingen", DEFAULTS);
  await beheerder.dispose();
});

test("the beheerder sets the support threshold and how long guests' data is kept; everyone sees it at once", async ({ pageAs }) => {
  const page = await pageAs("beheerder");
  await page.goto("/beheer");
  await page.getByRole("link", { name: "Instellingen, wijken en thema's" }).click();
  const threshold = page.getByLabel("Steun die een idee nodig heeft");
  await threshold.fill("0");
  await page.getByRole("button", { name: "Instellingen opslaan" }).click();
  await expect(page.locator("#supportThreshold-error")).toHaveText("Vul een heel getal in van 1 tot 1.000.");
  await threshold.fill("30");
  await page.getByLabel("Gegevens van gasten bewaren (maanden)").fill("6");
  await page.getByRole("button", { name: "Instellingen opslaan" }).click();
  await expect(page.getByText("De instellingen zijn opgeslagen.")).toBeVisible();

  const visitor = await pageAs("bezoeker");
  const id = one("SELECT id FROM initiatives WHERE status = 'zoekt_steun' AND hidden_at IS NULL ORDER BY id");
  await visitor.goto(`/initiatieven/${id}`);
  await expect(visitor.getByText(/van 30 mensen steunen dit idee/)).toBeVisible();
  await visitor.goto("/privacy");
  await expect(visitor.getByText("Mails en sms'jes die wij stuurden: 6 maanden.")).toBeVisible();
  const audit = JSON.parse(one<string>("SELECT details FROM audit_log WHERE action = 'settings.changed' ORDER BY id DESC LIMIT 1"));
  expect(audit).toEqual({ supportThreshold: { from: "25", to: "30" }, guestDataRetentionMonths: { from: "3", to: "6" } });
});

test("the beheerder adds a wijk and a theme and renames the wijk; a name that exists is refused at the field", async ({ pageAs }) => {
  const page = await pageAs("beheerder");
  await page.goto("/beheer/instellingen");
  const name = uniqueTitle("Testwijk");
  const newWijk = page.getByLabel("Naam van de nieuwe wijk");
  await newWijk.fill("heksenberg");
  await page.getByRole("button", { name: "Wijk erbij zetten" }).click();
  await expect(page.locator("#wijk-nieuw-name-error")).toHaveText("Er is al een wijk met deze naam. Kies een andere naam.");
  await expect(newWijk).toHaveValue("heksenberg");
  await newWijk.fill(name);
  await page.getByRole("button", { name: "Wijk erbij zetten" }).click();
  await expect(newWijk).toHaveValue("");
  await page.getByText(name, { exact: true }).click();
  const added = page.getByLabel(`Nieuwe naam voor ${name}`);
  await added.fill(`${name} Oost`);
  await page.locator("form", { has: added }).getByRole("button", { name: "Naam opslaan" }).click();
  await expect(page.getByText(`${name} Oost`, { exact: true })).toBeVisible();

  const theme = uniqueTitle("Natuur");
  await page.getByLabel("Naam van het nieuwe thema").fill(theme);
  await page.locator("#theme-nieuw-leefgebied").selectOption({ label: "Gezond, sociaal en veilig" });
  await page.getByRole("button", { name: "Thema erbij zetten" }).click();
  await expect(page.getByText(`${theme} (Gezond, sociaal en veilig)`, { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/settings-360.png", fullPage: true });

  // A resident can choose both when proposing an idea.
  const resident = await pageAs("bewoner");
  await resident.goto("/initiatieven/nieuw");
  await expect(resident.getByLabel("In welke wijk?").locator("option", { hasText: `${name} Oost` })).toHaveCount(1);
  await expect(resident.getByLabel("Waar gaat het over?").locator("option", { hasText: theme })).toHaveCount(1);
  expect(one("SELECT count(*) FROM audit_log WHERE action IN ('wijk.added', 'wijk.renamed', 'theme.added') AND details LIKE ?", `%${name}%`)).toBe(2);
});
