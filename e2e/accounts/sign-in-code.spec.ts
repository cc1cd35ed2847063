import { expectNoAxeViolations } from "../support/axe";
import { expect, test } from "../support/fixtures";
import { mailsTo, waitForNewMail, type OutboxMail } from "../support/mail";
import type { Page } from "@playwright/test";

/** The code as the mail shows it ("123 456"). */
function codeIn(mail: OutboxMail): string {
  const found = mail.text.match(/Of typ deze code op de website:\s+(\d{3} \d{3})/);
  if (!found) throw new Error(`No code in mail "${mail.subject}"`);
  return found[1]!;
}

/** Asks a link and code on /inloggen as a resident does, and returns the code from the outbox. */
async function askCode(page: Page, email: string): Promise<string> {
  const before = mailsTo(email).length;
  await page.goto("/inloggen");
  await page.getByLabel("Uw e-mailadres").fill(email);
  await page.getByRole("button", { name: "Stuur mij een inloglink" }).click();
  await expect(page.getByRole("heading", { name: "Kijk in uw mail" })).toBeVisible();
  return codeIn(await waitForNewMail(email, before));
}

const wrong = (code: string) => (code === "000 000" ? "111 111" : "000 000");

test.describe("signing in with the code from the mail", () => {
  test("a resident asks a link on one device and types the code on another", async ({ page, pageAs }) => {
    const email = `code-ander-${Date.now()}@voorbeeld.nl`;
    const code = await askCode(page, email);

    const other = await pageAs("bezoeker");
    await other.goto("/inloggen");
    await other.getByRole("link", { name: "Log in met de code" }).click();
    await expect(other.getByRole("heading", { level: 1 })).toHaveText("Inloggen met de code uit de mail");
    await expectNoAxeViolations(other);
    const codeField = other.getByLabel("Code uit de mail");
    await expect(codeField).toHaveAttribute("inputmode", "numeric");
    await expect(codeField).toHaveAttribute("autocomplete", "one-time-code");

    await other.getByLabel("Uw e-mailadres").fill(email);
    await codeField.fill(wrong(code));
    await other.getByRole("button", { name: "Inloggen met de code" }).click();
    await expect(other.locator("#code-error")).toHaveText(/Deze code klopt niet/);
    await expect(codeField).toHaveAttribute("aria-invalid", "true");
    await expect(other.getByLabel("Uw e-mailadres")).toHaveValue(email);
    await expectNoAxeViolations(other);

    await codeField.fill(code);
    await other.getByRole("button", { name: "Inloggen met de code" }).click();
    await expect(other.getByRole("heading", { name: "Welkom!" })).toBeVisible();

    // The code worked once; the browser that asked is still signed out, and the code is spent.
    await page.goto("/account");
    await expect(page).toHaveURL(/\/inloggen\?terug=%2Faccount/);
    const third = await pageAs("bezoeker");
    await third.goto("/inloggen/code");
    await third.getByLabel("Uw e-mailadres").fill(email);
    await third.getByLabel("Code uit de mail").fill(code);
    await third.getByRole("button", { name: "Inloggen met de code" }).click();
    await expect(third.locator("#code-error")).toHaveText(/Deze code klopt niet/);
  });

  test("the page after asking takes the code without the address typed again, spaces or not", async ({ page }) => {
    const email = `code-hier-${Date.now()}@voorbeeld.nl`;
    const code = await askCode(page, email);
    await expect(page.getByText(email)).toBeVisible();
    await expect(page.getByLabel("Uw e-mailadres")).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.getByLabel("Code uit de mail").fill(code.replace(" ", ""));
    await page.getByRole("button", { name: "Inloggen met de code" }).click();
    await expect(page.getByRole("heading", { name: "Welkom!" })).toBeVisible();
  });

  test("without JavaScript the code signs in too", async ({ pageAs }) => {
    const email = `code-zonder-js-${Date.now()}@voorbeeld.nl`;
    const asker = await pageAs("bezoeker", { javaScriptEnabled: false });
    const code = await askCode(asker, email);
    const other = await pageAs("bezoeker", { javaScriptEnabled: false });
    await other.goto("/inloggen/code");
    await other.getByLabel("Uw e-mailadres").fill(email);
    await other.getByLabel("Code uit de mail").fill(wrong(code));
    await other.getByRole("button", { name: "Inloggen met de code" }).click();
    await expect(other.locator("#code-error")).toHaveText(/Deze code klopt niet/);
    await other.getByLabel("Code uit de mail").fill(code);
    await other.getByRole("button", { name: "Inloggen met de code" }).click();
    await expect(other.getByRole("heading", { name: "Welkom!" })).toBeVisible();
  });

  test("after five wrong codes the code is dead, also the right one", async ({ page, pageAs }) => {
    const email = `code-vijf-${Date.now()}@voorbeeld.nl`;
    const code = await askCode(page, email);
    const other = await pageAs("bezoeker");
    await other.goto("/inloggen/code");
    await other.getByLabel("Uw e-mailadres").fill(email);
    const field = other.getByLabel("Code uit de mail");
    const submit = other.getByRole("button", { name: "Inloggen met de code" });
    // Each answer has the same text as the one before: wait for the server's reply itself.
    const tryCode = async (value: string) => {
      await field.fill(value);
      await Promise.all([other.waitForResponse((response) => response.request().method() === "POST"), submit.click()]);
    };
    for (let i = 1; i <= 4; i++) {
      await tryCode(wrong(code));
      await expect(other.locator("#code-error")).toHaveText("Deze code klopt niet. Kijk de code in de mail na.");
    }
    await tryCode(wrong(code));
    await expect(other.locator("#code-error")).toHaveText(/Vraag een nieuwe code aan/);
    await expectNoAxeViolations(other);
    await tryCode(code);
    await expect(other.locator("#code-error")).toHaveText(/Vraag een nieuwe code aan/);
    await expect(other).toHaveURL(/\/inloggen\/code$/);
  });
});
