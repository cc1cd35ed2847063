import { SIGNUP_LIMIT } from "@/lib/activities/rate-limits";
import { SIGNUP_MAIL_SENT } from "@/lib/activities/signup-answer";
import { HONEYPOT_FIELD } from "@/lib/platform/forms/honeypot";
import { readDb } from "../support/db";
import { expect, test } from "../support/fixtures";
import { act, createActivity } from "../support/http";
import { mailsTo } from "../support/mail";

const SIGN_UP = "signUpAction";
const SENT = SIGNUP_MAIL_SENT;

const signupsOf = (email: string) =>
  readDb((db) => db.prepare("SELECT count(*) FROM signups WHERE email = ?").pluck().get(email)) as number;

test.describe("abuse of the public forms", () => {
  let activityId: number;
  test.beforeAll(async ({ baseURL }) => {
    activityId = await createActivity(baseURL!, `Misbruiktest ${Date.now()}`, 500);
  });

  test("posting someone's address tells nothing and does not lock its owner out", async ({ page, baseURL, clientAs, signupForm }) => {
    const email = `vaak-${Date.now()}@voorbeeld.nl`;
    const visitor = await clientAs("bezoeker");
    const fields = { activityId: String(activityId), name: "Ria Vaak", email, phone: "", partySize: "1", notes: "", consent: "ja" };
    const answers = new Set<string>();
    for (let i = 0; i <= SIGNUP_LIMIT.perUser; i++) {
      const reply = await act(visitor, SIGN_UP, `/activiteiten/${activityId}`, { ...fields, partySize: String(1 + (i % 2)) });
      expect(reply.body).toContain('"ok":true');
      answers.add(/"message":"([^"]*)"/.exec(reply.body)![1]!);
    }
    // The first (new) sign-up and every repeat got the very same answer.
    expect([...answers]).toEqual([SENT]);
    expect(signupsOf(email)).toBe(1);
    expect(mailsTo(email).filter((mail) => mail.subject.startsWith("U was al aangemeld")).length).toBeLessThanOrEqual(3);

    // The owner can still sign up for another activity this hour.
    const other = await createActivity(baseURL!, `Misbruiktest tweede ${Date.now()}`, 500);
    await page.goto(`/activiteiten/${other}`);
    const form = signupForm();
    await form.signUp({ name: "Ria Vaak", email, partySize: 1 });
    await expect(form.status).toContainText(SENT);
    expect(signupsOf(email)).toBe(2);
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

  test("a filled honeypot on the sign-up form gets a friendly answer and stores nothing", async ({ page, signupForm }) => {
    const email = `robot-${Date.now()}@voorbeeld.nl`;
    await page.goto(`/activiteiten/${activityId}`);
    const form = signupForm();
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
