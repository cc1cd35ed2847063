import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { one } from "../support/db";
import { expect, test } from "../support/fixtures";
import { SignupForm } from "../support/signup-form";
import { textsTo } from "../support/sms";

const ACTIVITY = "Kerstmarkt van de buurt";
const FRENCH = { typed: "+33 6 12 34 56 78", e164: "+33612345678" };
const REFUSED = "Wij sturen alleen sms naar mobiele nummers uit Nederland, België of Duitsland. Vul een ander nummer of een e-mailadres in.";

/** Signs up with the French number only; the refusal stands at the number's field and nothing is stored or texted. */
async function signUpFromAbroad(page: Page): Promise<SignupForm> {
  await page.goto(`/activiteiten/${one("SELECT id FROM activities WHERE title = ?", ACTIVITY)}`);
  const form = new SignupForm(page);
  await form.signUp({ name: "Onbekend", phone: FRENCH.typed, partySize: 1 });
  await expect(form.errorOf("phone")).toHaveText(REFUSED);
  await expect(form.phone).toHaveAttribute("aria-invalid", "true");
  await expect(form.phone).toHaveValue(FRENCH.typed);
  expect(textsTo(FRENCH.e164)).toEqual([]);
  expect(one("SELECT count(*) FROM signups WHERE phone = ?", FRENCH.e164)).toBe(0);
  return form;
}

test("a mobile number from outside the border region is refused at its field", async ({ pageAs }) => {
  const page = await pageAs("bezoeker");
  await signUpFromAbroad(page);
  await expect.poll(() => page.title()).not.toBe("");
  await expectNoAxeViolations(page);
});

test("without JavaScript the server refuses it at the same field", async ({ pageAs }) => {
  await signUpFromAbroad(await pageAs("bezoeker", { javaScriptEnabled: false }));
});
