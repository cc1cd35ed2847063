import { SIGNUP_SMS_SENT } from "@/lib/activities/signup-answer";
import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { one } from "../support/db";
import { expect, test } from "../support/fixtures";

// Issue 26: an initiator organises an activity for their own idea, at 360 px, from their phone.

const IDEA = "Moestuin achter de flat";

async function expectAccessible(page: Page) {
  await expect.poll(() => page.title()).not.toBe("");
  await expectNoAxeViolations(page);
}

/** Fills the initiator's short form for a date `days` ahead and sends it. */
async function createActivity(page: Page, title: string, days: number) {
  const ideaId = one("SELECT id FROM initiatives WHERE title = ?", IDEA);
  await page.goto(`/initiatieven/${ideaId}`);
  await page.getByRole("link", { name: "Organiseer een activiteit" }).click();
  await expect(page.getByRole("heading", { name: "Organiseer een activiteit" })).toBeVisible();
  const day = new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  await page.getByLabel("Wat gaat u doen?").fill(title);
  await page.getByLabel("Waar is het?").fill("Grasveld achter de Stackstraat 1");
  await page.getByLabel("Wanneer begint het?").fill(`${day}T10:00`);
  await page.getByLabel("Wanneer is het klaar?").fill(`${day}T12:00`);
  await page.getByLabel("Hoeveel mensen kunnen er komen?").fill("12");
  await page.getByRole("button", { name: "Activiteit maken" }).click();
  await expect(page).toHaveURL(/\/activiteiten\/\d+\/organiseren/);
  return Number(/\/activiteiten\/(\d+)\//.exec(page.url())![1]);
}

test("an initiator creates, the coach approves, a guest signs up by phone, the initiator checks them in; the next goes live at once", async ({ pageAs, signupForm }) => {
  const initiator = await pageAs("bewoner");
  expect(initiator.viewportSize()?.width).toBe(360);
  const title = `Zaaien met de buren ${Date.now()}`;

  // The form: a link is refused at its field, and nothing typed is lost.
  const ideaId = one("SELECT id FROM initiatives WHERE title = ?", IDEA);
  await initiator.goto(`/initiatieven/${ideaId}/activiteiten/nieuw`);
  await expectAccessible(initiator);
  await initiator.getByLabel("Wat gaat u doen?").fill("Kijk op www.example.nl");
  await initiator.getByRole("button", { name: "Activiteit maken" }).click();
  await expect(initiator.locator("#title-error")).toHaveText(/geen internetadres/);
  await expect(initiator.getByLabel("Wat gaat u doen?")).toHaveValue("Kijk op www.example.nl");

  const first = await createActivity(initiator, title, 20);
  await expect(initiator.getByText(/Een buurtwerker kijkt er eerst naar/)).toBeVisible();
  await expectAccessible(initiator);

  // Not public yet: a visitor gets "not found".
  const guest = await pageAs("bezoeker");
  expect((await guest.goto(`/activiteiten/${first}`))!.status()).toBe(404);

  // The coach (a buurtwerker) says yes.
  const coach = await pageAs("buurtwerker");
  await coach.goto("/beheer/activiteiten");
  await coach.getByRole("region", { name: /Wacht op uw ja/ }).getByRole("link", { name: new RegExp(title) }).click();
  await expectAccessible(coach);
  await coach.getByRole("button", { name: "Ja, zet op de website" }).click();
  await expect(coach.getByText(/Goedgekeurd\. De activiteit staat op de website/)).toBeVisible();

  // A guest signs up with only a phone number.
  await guest.goto(`/activiteiten/${first}`);
  await expect(guest.getByRole("heading", { name: title })).toBeVisible();
  const form = signupForm(guest);
  const digits = `1${String(Math.floor(Math.random() * 10_000_000)).padStart(7, "0")}`;
  await form.signUp({ name: "Karel Peters", phone: `06${digits}`, partySize: 2 });
  await expect(form.status).toHaveText(SIGNUP_SMS_SENT);

  // The initiator sees a first name and the party, never the number or the last name, and checks Karel in.
  await initiator.goto(`/activiteiten/${first}/organiseren`);
  const html = await initiator.content();
  for (const secret of [digits, "Peters"]) expect(html).not.toContain(secret);
  const karel = initiator.getByRole("button", { name: /Karel \(2 personen\)/ });
  expect((await karel.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  await expect(karel).toHaveAttribute("aria-pressed", "false");
  await expectAccessible(initiator);
  await karel.click();
  await expect(initiator.getByRole("button", { name: /Karel \(2 personen\)/ })).toHaveAttribute("aria-pressed", "true");

  // One message to everyone signed up, through the platform.
  await initiator.getByLabel("Uw bericht").fill("Neem handschoenen mee.");
  await initiator.getByRole("button", { name: "Stuur naar iedereen" }).click();
  await expect(initiator.getByText("Verstuurd. 1 persoon krijgt uw bericht.")).toBeVisible();

  // After one approved activity, the next goes live at once.
  const second = await createActivity(initiator, `${title} (2)`, 27);
  await expect(initiator.getByText("Uw activiteit staat op de website. Vertel het uw buren!")).toBeVisible();
  expect((await guest.goto(`/activiteiten/${second}`))!.status()).toBe(200);
});
