import type { Page } from "@playwright/test";
import { requestSignInLink, storageStateOf } from "../support/auth";
import { expectNoAxeViolations } from "../support/axe";
import { expect, test } from "../support/fixtures";
import { linkIn, waitForNewMail, mailsTo } from "../support/mail";
import type { SignupForm } from "../support/signup-form";

const unique = () => `${Date.now()}-${Math.round(Math.random() * 1e6)}`;

async function expectAccessible(page: Page) {
  await expect.poll(() => page.title()).not.toBe("");
  await expectNoAxeViolations(page);
}

async function signUpFor(page: Page, form: SignupForm, activity: string, person: { name: string; email: string }) {
  await page.goto("/activiteiten");
  await page.getByRole("link", { name: activity }).click();
  await form.signUp({ ...person, partySize: 1 });
  await expect(form.status).toContainText(/Dank u wel\. Wij sturen u een mail met alle informatie\.|U bent aangemeld/);
}

test.describe("the confirmation step of deleting an account", () => {
  test.use({ storageState: storageStateOf("bewoner") });

  test("says plainly what happens, and going back deletes nothing", async ({ page }) => {
    await page.goto("/account");
    await page.getByRole("link", { name: "Verwijder mijn account" }).click();
    await expect(page.getByRole("heading", { name: "Weet u het zeker?" })).toBeVisible();
    await expect(page.getByText(/Er staat dan "oud-bewoner" bij/)).toBeVisible();
    await expectAccessible(page);
    await page.screenshot({ path: "test-results/privacy-account-delete-360.png", fullPage: true });
    await page.getByRole("link", { name: "Nee, ga terug naar mijn account" }).click();
    await expect(page.getByRole("heading", { name: "Mijn account" })).toBeVisible();
  });
});

test("the goodbye page is accessible", async ({ page }) => {
  await page.goto("/tot-ziens");
  await expect(page.getByRole("heading", { name: "Uw account is verwijderd" })).toBeVisible();
  await expectAccessible(page);
});

test.describe("deleting an own account", () => {
  // The confirmation step and the deletion work without JavaScript (axe needs it: see above).
  test.use({ javaScriptEnabled: false });

  test("a new resident deletes the account; the comment stays as oud-bewoner, the backing keeps counting", async ({ page, signupForm }) => {
    const email = `vertrek-${unique()}@voorbeeld.nl`;
    await page.goto(await requestSignInLink(page, email));
    await page.getByLabel("Uw naam op dit platform").fill("Vertrekker");
    await page.getByRole("button", { name: "Opslaan en verder" }).click();
    await expect(page.getByRole("heading", { name: "Mijn account" })).toBeVisible();

    await page.goto("/initiatieven/1");
    await page.getByRole("button", { name: "Steunen" }).click();
    await expect(page.getByRole("button", { name: "Steun weghalen" })).toBeVisible();
    const online = await page.getByText(/\d+ via de website/).textContent();
    await page.getByLabel("Uw reactie").fill(`Mooi plan, groet ${email}`);
    await page.getByRole("button", { name: "Reactie plaatsen" }).click();
    await page.goto("/initiatieven/1");
    await expect(page.getByText(`Mooi plan, groet ${email}`)).toBeVisible();
    await signUpFor(page, signupForm(), "Koffie-ochtend in het buurthuis", { name: "Vertrekker", email });

    await page.goto("/account");
    await page.getByRole("link", { name: "Verwijder mijn account" }).click();
    await expect(page.getByRole("heading", { name: "Weet u het zeker?" })).toBeVisible();
    await page.getByRole("button", { name: "Ja, verwijder mijn account" }).click();
    await expect(page.getByRole("heading", { name: "Uw account is verwijderd" })).toBeVisible();

    await page.goto("/initiatieven/1");
    await expect(page.getByText(`Mooi plan, groet ${email}`)).toBeVisible();
    const comment = page.locator("li", { hasText: `Mooi plan, groet ${email}` });
    await expect(comment).toContainText("oud-bewoner");
    await expect(comment).not.toContainText("Vertrekker");
    await expect(page.getByText(/\d+ via de website/)).toHaveText(online!);
    await expect(page.getByRole("link", { name: "Log in om te steunen" })).toBeVisible();

    await page.goto("/account");
    await expect(page).toHaveURL(/\/inloggen/);
  });
});

test("a guest removes their sign-up data with the personal link", async ({ page, signupForm }) => {
  const guest = { name: "Gijs Gast", email: `gijs-${unique()}@test.nl` };
  const before = mailsTo(guest.email).length;
  await signUpFor(page, signupForm(), "Koffie-ochtend in het buurthuis", guest);
  const link = linkIn(await waitForNewMail(guest.email, before), "/aanmelding/");

  await page.goto(link);
  await page.getByRole("link", { name: "Verwijder mijn gegevens" }).click();
  await expect(page.getByRole("heading", { name: "Uw gegevens verwijderen?" })).toBeVisible();
  await expect(page.getByText("U bent dan ook afgemeld.")).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/privacy-guest-remove-360.png", fullPage: true });
  await page.getByRole("button", { name: "Ja, verwijder mijn gegevens" }).click();
  await expect(page.getByRole("heading", { name: "Uw gegevens zijn verwijderd" })).toBeVisible();
  await expectAccessible(page);
  await page.goto(`${link}/verwijderen`);
  await expect(page.getByRole("heading", { name: "Uw gegevens verwijderen?" })).toHaveCount(0);
});

test("the privacy page says how long guest data is kept and where to delete an account", async ({ page }) => {
  await page.goto("/privacy");
  await expect(page.getByText(/3 maanden na de activiteit/)).toBeVisible();
  await expect(page.getByText(/uw account verwijderen/)).toBeVisible();
  await expectAccessible(page);
});
