import fs from "node:fs";
import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { expect, test } from "../support/fixtures";
import { textsTo, waitForNewText } from "../support/sms";
import { e164, fillTrajectoryTerms } from "../support/trajectories";

const RUN = Date.now() % 10000;
const TYPED_PHONE = `06 4913 ${String(RUN).padStart(4, "0")}`;
const CLIENT = { name: `Merel${RUN}`, typedPhone: TYPED_PHONE, phone: e164(TYPED_PHONE) };
/** Words that would tell someone reading the lock screen that this is about a trajectory. */
const GIVEAWAY = /traject|bijstand|uitkering|coach|ladder/i;

async function startPhoneOnly(coach: Page): Promise<void> {
  await coach.goto("/coach/nieuw");
  // Neither an address nor a number: the coach is told to give one of them.
  await fillTrajectoryTerms(coach, { hours: "6", kind: "Vrijwillig", group: "E", step: "2. Sociale contacten buiten de deur" });
  await coach.getByRole("button", { name: "Traject starten" }).click();
  await expect(coach.locator("#email-error")).toHaveText("Vul een e-mailadres of een 06-nummer in.");
  await coach.getByLabel("06-nummer van de deelnemer").fill(CLIENT.typedPhone);
  await coach.getByLabel("Voornaam", { exact: true }).fill(CLIENT.name);
  await coach.getByRole("button", { name: "Traject starten" }).click();
  await expect(coach.getByRole("heading", { name: CLIENT.name })).toBeVisible();
  await expect(coach.getByText(`Mobiel: ${CLIENT.phone}`)).toBeVisible();
}

test("a coach starts a trajectory with only a 06-number and takes a place; the client opens it with a code by text message", async ({ pageAs }) => {
  const coach = await pageAs("participatiecoach");
  await startPhoneOnly(coach);
  await expectNoAxeViolations(coach);

  // The coach signs the client up by the number: the text message goes to the client's phone.
  const take = coach.getByLabel("Of meld de deelnemer meteen aan");
  const placeTask = (await take.locator("option").nth(1).textContent())!.replace(/ \(.*\)$/, "");
  await take.selectOption({ index: 1 });
  const textsBefore = textsTo(CLIENT.phone).length;
  await coach.getByRole("button", { name: "Aanmelden voor deze plek" }).click();
  await expect(coach.getByText("De deelnemer is aangemeld.")).toBeVisible();
  expect((await waitForNewText(CLIENT.phone, textsBefore)).text).not.toMatch(GIVEAWAY);
  await coach.reload();
  await expect(coach.getByRole("region", { name: "Meedoen en uren" }).getByText(placeTask).first()).toBeVisible();

  // The client, without an account, asks a code with the number.
  const client = await pageAs("bezoeker");
  await client.goto("/mijn-traject");
  await expect(client.getByRole("heading", { name: "Mijn traject" })).toBeVisible();
  await expectNoAxeViolations(client);
  const codesBefore = textsTo(CLIENT.phone).length;
  await client.getByLabel("Uw 06-nummer").fill(CLIENT.typedPhone);
  await client.getByRole("button", { name: "Stuur mij een code" }).click();
  await expect(client.getByText("Wij hebben een code gestuurd als dit nummer bij ons bekend is.")).toBeVisible();
  const sms = await waitForNewText(CLIENT.phone, codesBefore);
  expect(sms.text).toMatch(/^Uw code voor Burgers maken Hrl-Nrd: \d{6}\./);
  expect(sms.text).not.toMatch(GIVEAWAY);
  const code = /: (\d{6})\./.exec(sms.text)![1]!;
  await expectNoAxeViolations(client);

  // A wrong code first: one answer, the field keeps working.
  await client.getByLabel("Code uit de sms").fill(code === "000000" ? "111111" : "000000");
  await client.getByRole("button", { name: "Open mijn traject" }).click();
  await expect(client.locator("#code-error")).toContainText("Deze code klopt niet of werkt niet meer.");
  await client.getByLabel("Code uit de sms").fill(code);
  await client.getByRole("button", { name: "Open mijn traject" }).click();

  // The same view as an account holder's: the coach, what was agreed, the consent, and who looked.
  await expect(client.getByText("Uw begeleider: Yvonne")).toBeVisible();
  await expect(client.getByText("Vrijwillig, 6 uur per week, groep E")).toBeVisible();
  await expect(client.getByText(`Uw mobiele nummer: ${CLIENT.phone}`)).toBeVisible();
  await expect(client.getByRole("heading", { name: "Uw toestemming" })).toBeVisible();
  await expect(client.getByText(/Yvonne meldde u aan voor een plek om te helpen/)).toBeVisible();
  await expectNoAxeViolations(client);
  await client.screenshot({ path: "test-results/mijn-traject.png", fullPage: true });

  const [download] = await Promise.all([client.waitForEvent("download"), client.getByRole("link", { name: "Download mijn gegevens" }).click()]);
  const data = JSON.parse(fs.readFileSync((await download.path())!, "utf8")) as {
    trajectories: { clientPhone: string; coachName: string; consentText: string }[];
    helpTaken: { task: string; name: string }[];
  };
  expect(data.trajectories).toEqual([expect.objectContaining({ clientPhone: CLIENT.phone, coachName: "Yvonne" })]);
  expect(data.trajectories[0]!.consentText.length).toBeGreaterThan(20);
  // The place the coach took for the client with the same number is in it too.
  expect(data.helpTaken).toEqual([expect.objectContaining({ task: placeTask, name: CLIENT.name })]);

  // Removing it: the details go, the page asks for a number again.
  await client.getByRole("link", { name: "Verwijder mijn traject" }).click();
  await expectNoAxeViolations(client);
  await client.getByRole("button", { name: "Ja, verwijder mijn traject" }).click();
  await expect(client.getByText("Uw traject is verwijderd.")).toBeVisible();
  await expect(client.getByLabel("Uw 06-nummer")).toBeVisible();
  const gone = await client.request.get("/mijn-traject/gegevens");
  expect(gone.status()).toBe(404);
});

test("an unknown number gets the same answer and no text message", async ({ page }) => {
  const unknown = { typed: "06 4999 0001", phone: "+31649990001" };
  await page.goto("/mijn-traject");
  await page.getByLabel("Uw 06-nummer").fill(unknown.typed);
  await page.getByRole("button", { name: "Stuur mij een code" }).click();
  await expect(page.getByText("Wij hebben een code gestuurd als dit nummer bij ons bekend is.")).toBeVisible();
  await page.getByLabel("Code uit de sms").fill("123456");
  await page.getByRole("button", { name: "Open mijn traject" }).click();
  await expect(page.locator("#code-error")).toContainText("Deze code klopt niet of werkt niet meer.");
  expect(textsTo(unknown.phone)).toEqual([]);
});
