import { storageStateOf } from "../support/auth";
import { expectNoAxeViolations } from "../support/axe";
import { expect, test } from "../support/fixtures";

const PUBLIC_PAGES = ["/", "/initiatieven", "/initiatieven/1", "/activiteiten", "/activiteiten/1", "/activiteiten/10", "/cijfers", "/cijfers/tabel/activiteiten", "/privacy", "/toegankelijkheid", "/initiatieven/1/poster", "/activiteiten/1/poster", "/inloggen", "/inloggen/verstuurd", "/inloggen/fout?error=Verification", "/bestaat-niet", "/projecten", "/projecten/2", "/projecten/4", "/vragen/1", "/vragen/1/1", "/vragen/1/3", "/vragen/1/versturen", "/meedoen", "/meedoen/1", "/meedoen/5", "/meedoen/afmelden", "/projecten/3", "/projecten/3/kiezen", "/projecten/3/kiezen/code", "/projecten/3/kiezen/klaar", "/buurtmonitor", "/buurtmonitor/poster/1", "/mijn-traject", "/mijn-traject/code", "/vragen/1/klaar", "/projecten/stoppen/onzin", "/projecten/stoppen/gewist"];

test.describe("axe finds no violations", () => {
  for (const path of PUBLIC_PAGES) {
    test(`on ${path} for a visitor`, async ({ page }) => {
      await page.goto(path);
      await expectNoAxeViolations(page);
    });
  }

  test.describe("on the signed-in pages", () => {
    test.use({ storageState: storageStateOf("beheerder") });
    for (const path of ["/account", "/beheer", "/beheer/activiteiten", "/beheer/activiteiten/11", "/beheer/gebruikers", "/beheer/logboek", "/beheer/instellingen", "/dashboard", "/beheer/projecten", "/beheer/projecten/2", "/beheer/projecten/2/vragen", "/beheer/projecten/2/papier", "/beheer/projecten/4/verslag", "/beheer/projecten/nieuw", "/beheer/projecten/inwoners", "/beheer/projecten/3", "/dashboard/effect", "/beheer/buurtmonitor", `/beheer/buurtmonitor/${new Date().getUTCFullYear()}/papier?wijk=1`, "/beheer/activiteiten/1/vragenkaart"]) {
      test(`on ${path}`, async ({ page }) => {
        await page.goto(path);
        await expectNoAxeViolations(page);
      });
    }
  });

  test.describe("on the coach's pages", () => {
    test.use({ storageState: storageStateOf("participatiecoach") });
    for (const path of ["/coach", "/coach/nieuw", "/coach/1"]) {
      test(`on ${path}`, async ({ page }) => {
        await page.goto(path);
        await expectNoAxeViolations(page);
      });
    }
  });

  test.describe("on the refusal page", () => {
    test.use({ storageState: storageStateOf("bewoner") });
    test("for a bewoner on /beheer", async ({ page }) => {
      await page.goto("/beheer");
      await expect(page.getByRole("heading", { name: "Hier heeft u geen toegang" })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  });

  test("on a form showing its errors", async ({ page }) => {
    await page.goto("/inloggen");
    await page.getByRole("button", { name: "Stuur mij een inloglink" }).click();
    await expect(page.locator("#email-error")).toHaveText(/Vul uw e-mailadres in/);
    await expectNoAxeViolations(page);
  });
});

test.describe("keyboard", () => {
  test("the skip link is the first stop and moves focus to the content", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Naar de inhoud" });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page.locator("main#inhoud")).toBeFocused();
  });

  test("the sign-in form can be filled and sent with the keyboard only", async ({ page }) => {
    await page.goto("/inloggen");
    await page.getByLabel("Uw e-mailadres").focus();
    await page.keyboard.type(`toetsenbord-${Date.now()}@voorbeeld.nl`);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: "Kijk in uw mail" })).toBeVisible();
  });
});
