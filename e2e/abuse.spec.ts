import { HOURLY_LIMITS } from "@/lib/auth/rate-limit";
import { AppError } from "@/lib/errors";
import { HONEYPOT_FIELD } from "@/lib/forms/honeypot";
import { readDb } from "./support/db";
import { expect, test } from "./support/fixtures";
import { act, createActivity } from "./support/http";
import { mailsTo } from "./support/mail";
import { SignupForm } from "./support/signup-form";

const SIGN_UP = "lib/activities/actions.ts#signUpAction";
const TOO_OFTEN = new AppError("rate_limited").userMessage;

const signupsOf = (email: string) =>
  readDb((db) => db.prepare("SELECT count(*) FROM signups WHERE email = ?").pluck().get(email)) as number;

test.describe("abuse of the public forms", () => {
  let activityId: number;
  test.beforeAll(async ({ baseURL }) => {
    activityId = await createActivity(baseURL!, `Misbruiktest ${Date.now()}`, 500);
  });

  test("too many sign-ups for one address get a plain Dutch message at the form", async ({ page, clientAs }) => {
    const email = `vaak-${Date.now()}@voorbeeld.nl`;
    const visitor = await clientAs("bezoeker");
    for (let i = 0; i < HOURLY_LIMITS.signup.perUser; i++) {
      const reply = await act(visitor, SIGN_UP, `/activiteiten/${activityId}`, {
        activityId: String(activityId), name: "Ria Vaak", email, phone: "", partySize: "1", notes: "", consent: "ja",
      });
      expect(reply.body).toContain('"ok":true');
    }

    await page.goto(`/activiteiten/${activityId}`);
    await new SignupForm(page).signUp({ name: "Ria Vaak", email, partySize: 1 });
    await expect(page.getByText(TOO_OFTEN)).toBeVisible();
    expect(signupsOf(email)).toBe(1);
  });

  test("the honeypot is hidden from people, keyboards, screen readers and autofill", async ({ page }) => {
    for (const path of [`/activiteiten/${activityId}`, "/inloggen"]) {
      await page.goto(path);
      const trap = page.locator(`input[name="${HONEYPOT_FIELD}"]`);
      await expect(trap).toHaveAttribute("tabindex", "-1");
      await expect(trap).toHaveAttribute("autocomplete", "off");
      await expect(trap).not.toBeInViewport();
      await expect(page.locator(`[aria-hidden="true"]:has(input[name="${HONEYPOT_FIELD}"])`)).toHaveCount(1);
      await expect(page.getByRole("textbox", { name: "Laat dit veld leeg" })).toHaveCount(0);
    }
  });

  test("a filled honeypot on the sign-up form gets a friendly answer and stores nothing", async ({ page }) => {
    const email = `robot-${Date.now()}@voorbeeld.nl`;
    await page.goto(`/activiteiten/${activityId}`);
    const form = new SignupForm(page);
    await form.fill({ name: "Ria Vaak", email, partySize: 1 });
    await page.locator(`input[name="${HONEYPOT_FIELD}"]`).evaluate((input: HTMLInputElement) => {
      input.value = "http://spam.example";
    });
    await form.submit();
    await expect(page.getByText("Dank u wel. Wij sturen u een mail")).toBeVisible();
    expect(signupsOf(email)).toBe(0);
    expect(mailsTo(email)).toHaveLength(0);
  });

  test("a filled honeypot on the sign-in form sends no link", async ({ page }) => {
    const email = `robot-login-${Date.now()}@voorbeeld.nl`;
    await page.goto("/inloggen");
    await page.getByLabel("Uw e-mailadres").fill(email);
    await page.locator(`input[name="${HONEYPOT_FIELD}"]`).evaluate((input: HTMLInputElement) => {
      input.value = "http://spam.example";
    });
    await page.getByRole("button", { name: "Stuur mij een inloglink" }).click();
    await expect(page.getByRole("heading", { name: "Kijk in uw mail" })).toBeVisible();
    const tokens = readDb((db) => db.prepare("SELECT count(*) FROM verification_tokens WHERE identifier = ?").pluck().get(email));
    expect(tokens).toBe(0);
    expect(mailsTo(email)).toHaveLength(0);
  });
});
