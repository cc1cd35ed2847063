import { SIGNUP_SMS_SENT } from "@/lib/activities/signup-answer";
import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { one } from "../support/db";
import { expect, test } from "../support/fixtures";
import { codeIn, textsTo, waitForNewText } from "../support/sms";

const ACTIVITY = "Kerstmarkt van de buurt";

/** A fresh Dutch mobile number per run: as typed, and as stored and texted (E.164). */
function newNumber() {
  const digits = `1${String(Math.floor(Math.random() * 10_000_000)).padStart(7, "0")}`;
  return { typed: `06 ${digits.slice(0, 4)} ${digits.slice(4)}`, e164: `+316${digits}` };
}

async function expectAccessible(page: Page) {
  await expect.poll(() => page.title()).not.toBe("");
  await expectNoAxeViolations(page);
}

test("a guest signs up with only a phone number and cancels with the code from the text message", async ({ pageAs, signupForm }) => {
  const page = await pageAs("bezoeker");
  const activityId = one("SELECT id FROM activities WHERE title = ?", ACTIVITY);
  await page.goto(`/activiteiten/${activityId}`);
  const form = signupForm(page);

  // Neither an address nor a number: one of the two is needed.
  await form.signUp({ name: "Mevrouw Smeets", partySize: 2 });
  await expect(form.errorOf("email")).toHaveText("Vul een e-mailadres of een mobiel nummer in. Een van de twee is genoeg.");
  await expectAccessible(page);

  // A landline cannot get a text message.
  await form.phone.fill("045 5712345");
  await form.submit();
  await expect(form.errorOf("phone")).toHaveText("Dit is geen mobiel nummer. Kijk het na, bijvoorbeeld 06 12345678.");
  await expect(form.name).toHaveValue("Mevrouw Smeets");

  const number = newNumber();
  await form.phone.fill(number.typed);
  await form.submit();
  await expect(form.status).toHaveText(SIGNUP_SMS_SENT);
  await expectAccessible(page);

  const sms = await waitForNewText(number.e164, 0);
  expect(sms.text).toMatch(/^U bent aangemeld: Kerstmarkt van de buurt, .+\. Afmelden: http:\/\/localhost:\d+\/aanmelding\/[\w-]+ \(code \d{6}\)$/);
  expect(sms.text.length).toBeLessThanOrEqual(160);
  expect(sms.text).not.toContain("Smeets");

  // The code page: a wrong code first, then the right one.
  await page.goto("/aanmelding/code");
  await expect(page.getByRole("heading", { name: "Afmelden met uw code" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Uw mobiele nummer").fill(number.typed.replace(/ /g, ""));
  const wrong = codeIn(sms) === "000000" ? "111111" : "000000";
  await page.getByLabel("Code uit de sms").fill(wrong);
  await page.getByRole("button", { name: "Meld mij af" }).click();
  await expect(page.getByText("Dit nummer en deze code horen niet bij elkaar.")).toBeVisible();
  await expect(page.getByLabel("Uw mobiele nummer")).toHaveValue(number.typed.replace(/ /g, ""));
  await expectAccessible(page);

  await page.getByLabel("Code uit de sms").fill(codeIn(sms));
  await page.getByRole("button", { name: "Meld mij af" }).click();
  await expect(page.getByRole("status")).toHaveText(`U bent afgemeld voor ${ACTIVITY}. Jammer dat u niet komt. U krijgt nog een sms.`);
  await expectAccessible(page);
  const confirmation = await waitForNewText(number.e164, 1);
  expect(confirmation.text).toMatch(/^U bent afgemeld voor Kerstmarkt van de buurt/);
  expect(one("SELECT status FROM signups WHERE phone = ?", number.e164)).toBe("geannuleerd");
});

test("the link in the text message opens the guest's own sign-up page", async ({ pageAs, signupForm }) => {
  const page = await pageAs("bezoeker");
  const activityId = one("SELECT id FROM activities WHERE title = ?", ACTIVITY);
  await page.goto(`/activiteiten/${activityId}`);
  const number = newNumber();
  await signupForm(page).signUp({ name: "Jo", phone: number.typed, partySize: 1 });
  const sms = await waitForNewText(number.e164, 0);
  const link = sms.text.match(/https?:\/\/\S+/)![0];
  await page.goto(new URL(link).pathname);
  await expect(page.getByRole("heading", { name: "Uw aanmelding" })).toBeVisible();
  await page.getByRole("button", { name: "Ja, meld mij af" }).click();
  await expect(page.getByText("U heeft zich afgemeld.")).toBeVisible();
  expect((await waitForNewText(number.e164, 1)).text).toContain("U bent afgemeld");
});

test("a buurtwerker signs up a resident by phone, with the resident's consent", async ({ pageAs }) => {
  const page = await pageAs("buurtwerker");
  const activityId = one("SELECT id FROM activities WHERE title = ?", ACTIVITY);
  await page.goto(`/beheer/activiteiten/${activityId}`);
  await page.getByRole("link", { name: "Bewoner aanmelden (sms of mail)" }).click();
  await expect(page.getByRole("heading", { name: `Bewoner aanmelden: ${ACTIVITY}` })).toBeVisible();
  await expectAccessible(page);

  const number = newNumber();
  await page.getByLabel("Naam van de bewoner").fill("Meneer Hermans");
  await page.getByLabel("Mobiel nummer van de bewoner").fill(number.typed);
  await page.getByLabel("Met hoeveel personen komt de bewoner?").fill("2");
  await page.getByRole("button", { name: "Bewoner aanmelden" }).click();
  await expect(page.locator("#residentAgreed-error")).toHaveText("Vraag eerst of de bewoner het goed vindt. Zet dan het vinkje.");
  await expect(page.getByLabel("Naam van de bewoner")).toHaveValue("Meneer Hermans");
  await expectAccessible(page);

  await page.getByLabel(/De bewoner vindt het goed/).check();
  await page.getByRole("button", { name: "Bewoner aanmelden" }).click();
  await expect(page.getByRole("status")).toHaveText("Gelukt: de bewoner is aangemeld met 2 personen. De bewoner krijgt een sms om af te melden als dat nodig is.");
  await expectAccessible(page);
  const sms = await waitForNewText(number.e164, 0);
  expect(sms.text).toMatch(/^U bent aangemeld: Kerstmarkt van de buurt/);
  expect(sms.text).not.toContain("Hermans");
  expect(textsTo(number.e164)).toHaveLength(1);
  expect(one("SELECT on_behalf_by_id IS NOT NULL FROM signups WHERE phone = ?", number.e164)).toBe(1);

  // The list (cards at 360 px) shows the resident with the number.
  await page.goto(`/beheer/activiteiten/${activityId}`);
  const card = page.getByRole("list", { name: /^Aangemeld/ }).getByRole("listitem").filter({ hasText: "Meneer Hermans" });
  await expect(card).toContainText(number.e164);
});
