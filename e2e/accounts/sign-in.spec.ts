import Database from "better-sqlite3";
import { DEMO, requestSignInLink } from "../support/auth";
import { expectNoAxeViolations } from "../support/axe";
import { expect, test } from "../support/fixtures";
import { linkIn, mailsTo, waitForNewMail } from "../support/mail";
import { postsFrom } from "../support/server-actions";

test.describe("signing in with a link by e-mail", () => {
  test("an invalid address gets a Dutch message at the field and keeps what was typed", async ({ page }) => {
    await page.goto("/inloggen");
    const email = page.getByLabel("Uw e-mailadres");
    await email.fill("els@voorbeeld");
    await page.getByRole("button", { name: "Stuur mij een inloglink" }).click();
    await expect(page.locator("#email-error")).toHaveText(/geen geldig e-mailadres/);
    await expect(email).toHaveAttribute("aria-invalid", "true");
    await expect(email).toHaveValue("els@voorbeeld");
  });

  test("with JavaScript the browser checks the address on leaving the field, and posts nothing while it is wrong", async ({ page }) => {
    const posts = postsFrom(page);
    await page.goto("/inloggen");
    const email = page.getByLabel("Uw e-mailadres");
    await email.fill("els@voorbeeld");
    await email.blur();
    // Nothing has been submitted: this message can only come from the schema loaded in the browser.
    await expect(page.locator("#email-error")).toHaveText(/geen geldig e-mailadres/);
    await expect(email).toHaveAttribute("aria-invalid", "true");
    await page.getByRole("button", { name: "Stuur mij een inloglink" }).click();
    await expect(email).toBeFocused();
    await email.fill("els@voorbeeld.nl");
    await expect(page.locator("#email-error")).toHaveText("");
    expect(posts).toEqual([]);
  });

  test("a new resident signs in, chooses a display name and wijk, and signs out", async ({ page }) => {
    const address = `nieuw-${Date.now()}@voorbeeld.nl`;
    await page.goto(await requestSignInLink(page, address));
    await expect(page.getByRole("heading", { name: "Welkom!" })).toBeVisible();
    await expectNoAxeViolations(page);

    const name = page.getByLabel("Uw naam op dit platform");
    const save = page.getByRole("button", { name: "Opslaan en verder" });
    await name.fill("   ");
    await save.click();
    await expect(page.locator("#displayName-error")).toHaveText(/Vul een naam in/);
    await name.fill("x".repeat(45));
    await save.click();
    await expect(page.locator("#displayName-error")).toHaveText(/hoogstens 40 tekens/);
    await expect(name).toHaveValue("x".repeat(45));

    await name.fill("Noor");
    await page.getByLabel("Uw wijk (mag u leeg laten)").selectOption({ label: "Heksenberg" });
    await save.click();
    await expect(page.getByRole("heading", { name: "Mijn account" })).toBeVisible();
    await expect(page.getByText("Noor", { exact: true })).toBeVisible();
    await expect(page.getByText(/Uw rol: Bewoner/)).toBeVisible();

    await page.getByRole("button", { name: "Uitloggen" }).click();
    await expect(page.getByRole("link", { name: "Inloggen" })).toBeVisible();
    await page.goto("/account");
    await expect(page).toHaveURL(/\/inloggen\?terug=%2Faccount/);
  });

  test("staff land on their own work after signing in, unless they were on their way to a page", async ({ pageAs }) => {
    for (const [role, landing] of [["buurtwerker", "/beheer"], ["alliantie", "/dashboard"]] as const) {
      const page = await pageAs("bezoeker");
      await page.goto(await requestSignInLink(page, DEMO[role]));
      await expect(page).toHaveURL(new RegExp(`${landing}$`));
    }
    const page = await pageAs("bezoeker");
    await page.goto("/inloggen?terug=%2Factiviteiten");
    const before = mailsTo(DEMO.buurtwerker).length;
    await page.getByLabel("Uw e-mailadres").fill(DEMO.buurtwerker);
    await page.getByRole("button", { name: "Stuur mij een inloglink" }).click();
    await page.goto(linkIn(await waitForNewMail(DEMO.buurtwerker, before), "/api/auth/callback/"));
    await expect(page).toHaveURL(/\/activiteiten$/);
  });

  test("the sign-in page says why, from the page someone was going to", async ({ page }) => {
    await page.goto("/initiatieven/nieuw");
    await expect(page).toHaveURL(/\/inloggen\?terug=%2Finitiatieven%2Fnieuw/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Log in om uw idee in te sturen");
    await page.goto("/inloggen");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Inloggen");
  });

  test("a used sign-in link does not work a second time", async ({ page, pageAs }) => {
    const link = await requestSignInLink(page, `eenmalig-${Date.now()}@voorbeeld.nl`);
    await page.goto(link);
    await expect(page.getByRole("heading", { name: "Welkom!" })).toBeVisible();
    const second = await pageAs("bezoeker");
    await second.goto(link);
    await expect(second.getByRole("heading", { name: "Inloggen lukt niet" })).toBeVisible();
    await expect(second.getByText(/werkt niet meer/)).toBeVisible();
  });

  test("an expired sign-in link gets a Dutch explanation and a way to ask a new one", async ({ page }) => {
    const address = `verlopen-${Date.now()}@voorbeeld.nl`;
    const link = await requestSignInLink(page, address);
    const db = new Database("data/e2e/app.db");
    db.prepare("UPDATE verification_tokens SET expires = ? WHERE identifier = ?").run(Date.now() - 1000, address);
    db.close();
    await page.goto(link);
    await expect(page.getByText(/werkt niet meer/)).toBeVisible();
    await page.getByRole("link", { name: "Nieuwe inloglink aanvragen" }).click();
    await expect(page).toHaveURL(/\/inloggen$/);
  });

  test("after 5 links in an hour the answer stays the same, no more mail is sent, and a link already sent still works", async ({ page, pageAs }) => {
    // Anyone can type someone's address five times: that must not tell them anything, nor take
    // away the links the owner already has in their mail.
    const address = `vaak-${Date.now()}@voorbeeld.nl`;
    const links: string[] = [];
    for (let i = 0; i < 5; i++) links.push(await requestSignInLink(page, address));
    await page.goto("/inloggen");
    await page.getByLabel("Uw e-mailadres").fill(address);
    await page.getByRole("button", { name: "Stuur mij een inloglink" }).click();
    await expect(page.getByRole("heading", { name: "Kijk in uw mail" })).toBeVisible();
    // The mail would be written before the answer; give a late one a moment all the same.
    await page.waitForTimeout(1000);
    expect(mailsTo(address)).toHaveLength(5);

    const ownerPage = await pageAs("bezoeker");
    await ownerPage.goto(links[0]!);
    await expect(ownerPage.getByRole("heading", { name: "Welkom!" })).toBeVisible();
  });

  for (const hostile of ["/\\evil.example", "/\t/evil.example", "//evil.example", "https://evil.example/"]) {
    test(`after signing in from /inloggen?terug=${JSON.stringify(hostile)} the resident stays on this site`, async ({ page, baseURL }) => {
      const address = `terug-${Date.now()}-${Math.round(Math.random() * 1e6)}@voorbeeld.nl`;
      await page.goto(`/inloggen?terug=${encodeURIComponent(hostile)}`);
      await page.getByLabel("Uw e-mailadres").fill(address);
      await page.getByRole("button", { name: "Stuur mij een inloglink" }).click();
      await expect(page.getByRole("heading", { name: "Kijk in uw mail" })).toBeVisible();
      await page.goto(linkIn(await waitForNewMail(address, 0), "/api/auth/callback/"));
      await expect(page.getByRole("heading", { name: "Welkom!" })).toBeVisible();
      await page.getByLabel("Uw naam op dit platform").fill("Terug");
      await page.getByRole("button", { name: "Opslaan en verder" }).click();
      await expect(page).toHaveURL(`${baseURL}/account`);
      // Signed in, the sign-in page sends on to the return path at once: also to this site only.
      await page.goto(`/inloggen?terug=${encodeURIComponent(hostile)}`);
      await expect(page).toHaveURL(`${baseURL}/account`);
    });
  }

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test("the server checks the address and shows the message at the field", async ({ page }) => {
      await page.goto("/inloggen");
      await page.getByLabel("Uw e-mailadres").fill("geen-adres");
      await page.getByRole("button", { name: "Stuur mij een inloglink" }).click();
      await expect(page.locator("#email-error")).toHaveText(/geen geldig e-mailadres/);
      await expect(page.getByLabel("Uw e-mailadres")).toHaveValue("geen-adres");
    });
  });

  test("Auth.js' own sign-in endpoint is closed, so the limits cannot be bypassed", async ({ request }) => {
    const response = await request.post("/api/auth/signin/nodemailer", { form: { email: "x@voorbeeld.nl" } });
    expect(response.status()).toBe(404);
  });
});
