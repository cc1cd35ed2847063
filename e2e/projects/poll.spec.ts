import sharp from "sharp";
import { expectNoAxeViolations } from "../support/axe";
import { one } from "../support/db";
import { expect, test } from "../support/fixtures";
import { codeIn, textsTo, waitForNewText } from "../support/sms";

const projectId = (title: string) => one<number>("SELECT id FROM projects WHERE title = ?", title);
const votes = (project: number) => one<number>("SELECT count(*) FROM project_poll_voters v JOIN project_polls p ON p.id = v.poll_id WHERE p.project_id = ?", project);
const picture = async (colour: string) => ({
  name: "foto.png",
  mimeType: "image/png",
  buffer: await sharp({ create: { width: 64, height: 48, channels: 3, background: colour } }).png().toBuffer(),
});
/** A mobile number of this run only, as typed and as the outbox has it. */
const newNumber = () => {
  const digits = `1${String(Date.now()).slice(-7)}`;
  return { typed: `06 ${digits}`, e164: `+316${digits}` };
};

test("a resident votes after a code by text message, on a phone without JavaScript; the same number cannot vote again", async ({ pageAs }) => {
  const dem = projectId("Speeltuin De Dem: welk toestel?");
  const before = votes(dem);
  const phone = newNumber();
  const page = await pageAs("bezoeker", { javaScriptEnabled: false });
  await page.goto(`/projecten/${dem}`);
  await expect(page.getByText("Uitslag van de keuze")).toHaveCount(0);
  await page.getByRole("link", { name: /Kies mee/ }).click();
  await page.getByRole("button", { name: "Stuur mij een code" }).click();
  await expect(page.locator("#option-error")).toHaveText("Kies een van de mogelijkheden.");
  await expect(page.locator("#phone-error")).toContainText("Vul uw mobiele nummer in");
  await page.getByRole("radio", { name: "Schommel" }).check();
  await page.getByLabel("Uw mobiele nummer").fill(phone.typed);
  const texts = textsTo(phone.e164).length;
  await page.getByRole("button", { name: "Stuur mij een code" }).click();
  await expect(page.getByRole("heading", { name: "Typ de code uit de sms" })).toBeVisible();
  await expect(page.getByText("U kiest: Schommel.")).toBeVisible();
  const code = codeIn(await waitForNewText(phone.e164, texts));
  await page.getByLabel("Code uit de sms").fill(code === "000000" ? "111111" : "000000");
  await page.getByRole("button", { name: "Stem" }).click();
  await expect(page.locator("#code-error")).toContainText("Deze code klopt niet");
  await page.getByLabel("Code uit de sms").fill(`${code.slice(0, 3)} ${code.slice(3)}`);
  await page.getByRole("button", { name: "Stem" }).click();
  await expect(page.getByRole("heading", { name: "Dank u wel!" })).toBeVisible();
  expect(votes(dem)).toBe(before + 1);

  // The same number again, now with JavaScript: refused kindly after the code, nothing counted.
  const again = await pageAs("bezoeker");
  await again.goto(`/projecten/${dem}/kiezen`);
  await again.getByRole("radio", { name: "Klimrek" }).check();
  await again.getByLabel("Uw mobiele nummer").fill(phone.typed);
  await again.getByRole("button", { name: "Stuur mij een code" }).click();
  await expect(again.getByRole("heading", { name: "Typ de code uit de sms" })).toBeVisible();
  await expectNoAxeViolations(again);
  await again.getByLabel("Code uit de sms").fill(codeIn(await waitForNewText(phone.e164, texts + 1)));
  await again.getByRole("button", { name: "Stem" }).click();
  await expect(again.getByText("U heeft al gekozen. Iedereen kiest één keer.")).toBeVisible();
  await expectNoAxeViolations(again);
  expect(votes(dem)).toBe(before + 1);
});

test("a signed-in resident votes with the account, once", async ({ pageAs }) => {
  const dem = projectId("Speeltuin De Dem: welk toestel?");
  const page = await pageAs("bewoner");
  await page.goto(`/projecten/${dem}/kiezen`);
  await expect(page.getByLabel("Uw mobiele nummer")).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByRole("radio", { name: "Klimrek" }).check();
  await page.getByRole("button", { name: "Stem" }).click();
  await expect(page.getByRole("heading", { name: "Dank u wel!" }).or(page.getByText("U heeft al gekozen."))).toBeVisible();
  await page.goto(`/projecten/${dem}/kiezen`);
  await page.getByRole("radio", { name: "Draaimolen" }).check();
  await page.getByRole("button", { name: "Stem" }).click();
  await expect(page.getByText("U heeft al gekozen. Iedereen kiest één keer.")).toBeVisible();
});

test("the results show on the project page once the kiezen phase is over, with the small-number rule", async ({ pageAs }) => {
  const page = await pageAs("bezoeker");
  await page.goto(`/projecten/${projectId("Groen in Tuindorp")}`);
  const results = page.getByRole("region", { name: "Uitslag van de keuze" });
  await expect(results).toContainText("Welke bomen wilt u in de straat?");
  // 23, 9 and 3 votes: rounded to 5, and under 5 as "<5".
  await expect(results.getByRole("listitem").filter({ hasText: "Linden" })).toContainText("25");
  await expect(results.getByRole("listitem").filter({ hasText: "Esdoorns" })).toContainText("10");
  await expect(results.getByRole("listitem").filter({ hasText: "Fruitbomen" })).toContainText("<5");
  await expectNoAxeViolations(page);
});

test("the team gives the project a picture; it shows with its words on the list and the page", async ({ pageAs }) => {
  const dem = projectId("Speeltuin De Dem: welk toestel?");
  const team = await pageAs("projectteam", { javaScriptEnabled: false });
  await team.goto(`/beheer/projecten/${dem}`);
  await team.getByRole("button", { name: "Foto opslaan" }).click();
  await expect(team.locator("#projectPhoto-error")).toHaveText("Kies een foto.");
  await team.getByLabel("Foto van het project").setInputFiles(await picture("#2a7"));
  await team.getByLabel("Wat staat er op de foto?").fill("De speeltuin met een oude wip");
  await team.getByRole("button", { name: "Foto opslaan" }).click();
  await expect(team.getByText("De foto staat bij het project.")).toBeVisible();

  const visitor = await pageAs("bezoeker");
  await visitor.goto("/projecten");
  await expect(visitor.getByRole("img", { name: "De speeltuin met een oude wip" })).toBeVisible();
  await visitor.goto(`/projecten/${dem}`);
  const image = visitor.getByRole("img", { name: "De speeltuin met een oude wip" });
  await expect(image).toBeVisible();
  expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await expect(visitor.locator('meta[property="og:image"]')).toHaveAttribute("content", /\/projecten\/foto\/[a-f0-9]{32}\.webp$/);
});

test("the beheerder sets up a keuze: a kiezen phase, the question, options each with a photo", async ({ pageAs }) => {
  const page = await pageAs("beheerder", { javaScriptEnabled: false });
  await page.goto("/beheer/projecten/nieuw");
  await page.getByLabel(/^Titel/).fill("Kleur van de nieuwe bankjes");
  await page.getByLabel(/Waar gaat het over/).fill("Er komen nieuwe bankjes. Welke kleur worden ze?");
  await page.getByLabel("De Hei").check();
  await page.locator("#kiezenStart").fill("2030-05-01");
  await page.locator("#kiezenEnd").fill("2030-05-31");
  await page.getByRole("button", { name: "Project opslaan" }).click();
  await expect(page.getByRole("heading", { name: "Kleur van de nieuwe bankjes" })).toBeVisible();
  await page.getByLabel("De vraag").fill("Welke kleur krijgen de bankjes?");
  await page.getByRole("button", { name: "Vraag opslaan" }).click();
  await expect(page.getByText("De vraag van de keuze is opgeslagen.")).toBeVisible();
  await page.getByLabel("Naam van de mogelijkheid").fill("Groen");
  await page.getByRole("button", { name: "Mogelijkheid toevoegen" }).click();
  await expect(page.locator("#optionPhoto-error")).toHaveText("Kies een foto.");
  await expect(page.getByLabel("Naam van de mogelijkheid")).toHaveValue("Groen");
  await page.getByLabel("Foto van de mogelijkheid").setInputFiles(await picture("#2a7"));
  await page.getByRole("button", { name: "Mogelijkheid toevoegen" }).click();
  await expect(page.getByText("De mogelijkheid staat in de keuze.")).toBeVisible();
  await expect(page.getByRole("img", { name: "Foto: Groen" })).toBeVisible();
  await page.screenshot({ path: "test-results/keuze-team-360.png", fullPage: true });
});
