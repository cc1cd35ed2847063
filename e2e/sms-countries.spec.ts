import { expectNoAxeViolations } from "./support/axe";
import { one } from "./support/db";
import { expect, test } from "./support/fixtures";
import { SignupForm } from "./support/signup-form";
import { textsTo } from "./support/sms";

const ACTIVITY = "Kerstmarkt van de buurt";
const REFUSED = "Wij sturen alleen sms naar mobiele nummers uit Nederland, België of Duitsland. Vul een ander nummer of een e-mailadres in.";

test("a mobile number from outside the border region is refused at its field, with and without JavaScript", async ({ pageAs }) => {
  const activityId = one("SELECT id FROM activities WHERE title = ?", ACTIVITY);
  for (const javaScriptEnabled of [true, false]) {
    const page = await pageAs("bezoeker", { javaScriptEnabled });
    await page.goto(`/activiteiten/${activityId}`);
    const form = new SignupForm(page);
    await form.signUp({ name: "Onbekend", phone: "+33 6 12 34 56 78", partySize: 1 });
    await expect(form.errorOf("phone")).toHaveText(REFUSED);
    await expect(form.phone).toHaveAttribute("aria-invalid", "true");
    await expect(form.phone).toHaveValue("+33 6 12 34 56 78");
    await expect.poll(() => page.title()).not.toBe("");
    await expectNoAxeViolations(page);
  }
  expect(textsTo("+33612345678")).toEqual([]);
  expect(one("SELECT count(*) FROM signups WHERE phone = ?", "+33612345678")).toBe(0);
});
