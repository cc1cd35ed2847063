import { expectNoAxeViolations } from "../support/axe";
import { one } from "../support/db";
import { expect, test } from "../support/fixtures";
import { RESIDENTS } from "../support/initiatives";
import { mailsTo, waitForMailWithSubject } from "../support/mail";

const projectId = (title: string) => one<number>("SELECT id FROM projects WHERE title = ?", title);
const responses = (surveyOf: number) => one<number>("SELECT count(*) FROM survey_responses r JOIN surveys s ON s.id = r.survey_id WHERE s.owner_id = ?", surveyOf);

test("a visitor answers the vragenlijst on a phone without JavaScript, in under a minute at 4x slower CPU", async ({ pageAs }) => {
  const page = await pageAs("bezoeker", { javaScriptEnabled: false });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  const plein = projectId("Het plein aan de Passartweg");
  const before = responses(plein);
  const started = Date.now();

  await page.goto("/projecten");
  await page.getByRole("link", { name: "Het plein aan de Passartweg" }).click();
  await expect(page.getByText("Nu bezig")).toBeVisible();
  await page.getByRole("link", { name: /Geef uw mening/ }).click();
  await page.getByRole("link", { name: "Begin" }).click();

  // axe needs JavaScript in the page: e2e/site/accessibility.spec.ts checks these screens.
  await expect(page.getByText("Vraag 1 van 4")).toBeVisible();
  await page.getByRole("radio", { name: "Goed", exact: true }).check();
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(page.getByText("Vraag 2 van 4")).toBeVisible();
  await page.getByLabel("Groen").check();
  await page.getByRole("button", { name: "Volgende" }).click();
  await page.getByLabel("Ochtend").check();
  await page.getByLabel("Avond").check();
  await page.getByRole("button", { name: "Volgende" }).click();
  await page.getByRole("textbox").fill("Meer licht bij het plein.");
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(page.getByRole("heading", { name: "Bijna klaar" })).toBeVisible();
  await page.getByLabel("Uw wijk (mag u leeg laten)").selectOption({ label: "Heerlerheide-Passart" });
  await page.getByLabel("Uw leeftijd (mag u leeg laten)").selectOption({ label: "67 jaar of ouder" });
  await page.getByRole("button", { name: "Verstuur mijn antwoorden" }).click();
  await expect(page.getByRole("heading", { name: "Dank u wel!" })).toBeVisible();
  expect(Date.now() - started).toBeLessThan(60_000);
  expect(responses(plein)).toBe(before + 1);

  // The same phone cannot answer twice.
  const survey = one<number>("SELECT id FROM surveys WHERE owner_id = ?", plein);
  await page.goto(`/vragen/${survey}/1`);
  await page.getByRole("radio", { name: "Slecht", exact: true }).check();
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(page.getByText("U heeft deze vragenlijst al ingevuld.")).toBeVisible();
  expect(responses(plein)).toBe(before + 1);
});

test("a signed-in resident answers once on any device: the account counts too", async ({ pageAs }) => {
  const survey = one<number>("SELECT id FROM surveys WHERE owner_id = ?", projectId("Het plein aan de Passartweg"));
  for (const attempt of [1, 2]) {
    const page = await pageAs("bewoner");
    await page.goto(`/vragen/${survey}/1`);
    await expect(page.getByRole("button", { name: "Lees voor" }).or(page.getByText("Vraag 1 van 4"))).toBeVisible();
    await page.getByRole("radio", { name: "Heel goed" }).check();
    await page.getByRole("button", { name: "Volgende" }).click();
    if (attempt === 1) {
      await expect(page.getByText("Vraag 2 van 4")).toBeVisible();
      await page.goto(`/vragen/${survey}/versturen`);
      await page.getByRole("button", { name: "Verstuur mijn antwoorden" }).click();
      await expect(page.getByRole("heading", { name: "Dank u wel!" })).toBeVisible();
    } else {
      await expect(page.getByText("U heeft deze vragenlijst al ingevuld.")).toBeVisible();
    }
  }
});

test("the team writes what it did with the input, and a follower who chose mail at once gets it", async ({ pageAs, pageAsResident }) => {
  const tuindorp = projectId("Groen in Tuindorp");
  // Project news follows the choice for followed things ("Eén mail per week" waits for Monday).
  const resident = await pageAsResident(RESIDENTS.els);
  await resident.goto("/account");
  await resident.getByRole("group", { name: "Nieuws over ideeën en projecten die ik volg" }).getByLabel("Meteen een mail").check();
  await resident.getByRole("button", { name: "Keuze bewaren" }).click();
  await expect(resident.getByText("Uw keuze is bewaard.")).toBeVisible();
  await resident.goto(`/projecten/${tuindorp}`);
  await resident.getByRole("button", { name: "Volg dit project" }).click();
  await expect(resident.getByText("U volgt dit project.").first()).toBeVisible();

  const team = await pageAs("projectteam");
  await team.goto(`/beheer/projecten/${tuindorp}`);
  await team.getByRole("button", { name: "Punt toevoegen" }).click();
  await expect(team.locator("#topic-error")).toHaveText("Over welke vraag of welk punt gaat het?");
  await expect(team.locator("#reason-error")).toHaveText("Schrijf in gewone woorden waarom.");
  await team.getByLabel("Over welke vraag of welk punt?").fill("Een moestuin op het plein");
  await team.getByLabel("Deels overgenomen").check();
  await team.getByLabel("Waarom? In gewone woorden.").fill("Er komt een kleine moestuin bij de school.");
  await team.getByRole("button", { name: "Punt toevoegen" }).click();
  await expect(team.getByText("Het punt staat op de pagina van het project.")).toBeVisible();
  await expectNoAxeViolations(team);

  const before = mailsTo(RESIDENTS.els).length;
  await team.reload();
  await team.getByRole("button", { name: "Verstuur 1 nieuw punt naar de volgers" }).click();
  await expect(team.getByText(/Verstuurd: 1 punt naar \d+ volger/)).toBeVisible();
  const mail = await waitForMailWithSubject(RESIDENTS.els, "Wat doen we met uw mening: Groen in Tuindorp", before);
  expect(mail.text).toContain("Deels overgenomen: Een moestuin op het plein. Er komt een kleine moestuin bij de school.");

  const visitor = await pageAs("bezoeker");
  await visitor.goto(`/projecten/${tuindorp}`);
  await expect(visitor.getByText("Een moestuin op het plein")).toBeVisible();
});

test("the beheerder makes a project; the form keeps what was typed and says what is missing", async ({ pageAs }) => {
  const page = await pageAs("beheerder", { javaScriptEnabled: false });
  await page.goto("/beheer/projecten/nieuw");
  await page.getByLabel(/^Titel/).fill("Bankjes langs de route");
  await page.getByLabel(/Waar gaat het over/).fill("Er komen bankjes langs de wandelroute.");
  await page.locator("#meedenkenStart").fill("2030-03-01");
  await page.getByRole("button", { name: "Project opslaan" }).click();
  await expect(page.locator("#wijken-error")).toHaveText("Kies minstens één wijk.");
  await expect(page.locator("#meedenkenEnd-error")).toContainText("Vul in wanneer Meedenken eindigt");
  await expect(page.getByLabel(/^Titel/)).toHaveValue("Bankjes langs de route");
  await page.getByLabel("De Hei").check();
  await page.locator("#meedenkenEnd").fill("2030-03-31");
  await page.getByRole("button", { name: "Project opslaan" }).click();
  await expect(page.getByRole("heading", { name: "Bankjes langs de route" })).toBeVisible();
  await expect(page.getByText("Begint binnenkort")).toBeVisible();
});

test("a buurtwerker types in a paper form; it counts as paper", async ({ pageAs }) => {
  const plein = projectId("Het plein aan de Passartweg");
  const paper = () => one<number>("SELECT count(*) FROM survey_responses r JOIN surveys s ON s.id = r.survey_id WHERE s.owner_id = ? AND r.source = 'papier'", plein);
  const before = paper();
  const page = await pageAs("buurtwerker");
  await page.goto(`/projecten/${plein}`);
  await page.getByRole("link", { name: "Papieren antwoorden invoeren" }).click();
  await page.getByRole("group", { name: /Hoe vindt u het nu/ }).getByLabel("Gewoon").check();
  await page.getByRole("group", { name: /Wat vindt u het belangrijkst/ }).getByLabel("Zitten").check();
  await page.getByRole("button", { name: "Papieren antwoord opslaan" }).click();
  await expect(page.getByText("Opgeslagen als papieren antwoord.")).toBeVisible();
  expect(paper()).toBe(before + 1);
});

test("the participatieverslag fits on one A4 page, with the figures as CSV", async ({ pageAs }) => {
  const tuindorp = projectId("Groen in Tuindorp");
  const page = await pageAs("projectteam", { viewport: { width: 794, height: 1123 } });
  await page.goto(`/beheer/projecten/${tuindorp}/verslag`);
  await expect(page.getByRole("heading", { name: "Participatieverslag: Groen in Tuindorp" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.emulateMedia({ media: "print" });
  await page.screenshot({ path: "test-results/participatieverslag-print.png", fullPage: true });
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  expect(pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
  // No count under 5 is printed: every figure is "<5" or a multiple of 5.
  for (const cell of await page.locator("td.font-bold, li > span.text-right").allTextContents()) expect(cell).toMatch(/^(<5|\d*[05])$/);

  const csv = await page.request.get(`/beheer/projecten/${tuindorp}/verslag.csv`);
  expect(csv.status()).toBe(200);
  const text = await csv.text();
  expect(text).toContain("wat doen we ermee,Meer bomen in de straat");
  expect(text).not.toContain("Graag meer licht");
});

test("the beheerder enters how many people live in a wijk; the team sees it beside whom it reached", async ({ pageAs }) => {
  const page = await pageAs("beheerder", { javaScriptEnabled: false });
  await page.goto("/beheer/projecten/inwoners");
  const field = page.getByRole("group", { name: "Heerlerheide-Passart" }).getByLabel("67 jaar of ouder");
  await field.fill("veel");
  await page.getByRole("button", { name: "Aantallen opslaan" }).click();
  await expect(page.getByText("Vul een heel getal in, bijvoorbeeld 1250.")).toBeVisible();
  await page.getByRole("group", { name: "Heerlerheide-Passart" }).getByLabel("67 jaar of ouder").fill("4321");
  await page.getByRole("button", { name: "Aantallen opslaan" }).click();
  await expect(page.getByText(/Opgeslagen: \d+ aantallen\./)).toBeVisible();

  const team = await pageAs("projectteam");
  await team.goto(`/beheer/projecten/${projectId("Het plein aan de Passartweg")}/vragen`);
  await expect(team.getByText("Inwoners: Verzonnen aantallen voor de demo (geen echte cijfers).")).toBeVisible();
  await expect(team.getByRole("table", { name: "Per wijk" })).toContainText("Heerlerheide-Passart");
});
