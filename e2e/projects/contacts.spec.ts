import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { one } from "../support/db";
import { expect, test } from "../support/fixtures";
import { linkIn, mailsTo, waitForMailWithSubject } from "../support/mail";

// Issue 24, "wat doen we ermee": a visitor without an account answers, leaves an address on the
// thank-you page, hears what the team did, and stops with the link from the mail.

const PROJECT = "Het plein aan de Passartweg";
const projectId = () => one<number>("SELECT id FROM projects WHERE title = ?", PROJECT);
const contactsWith = (email: string) => one<number>("SELECT count(*) FROM project_contacts WHERE email = ?", email);

/** Answers the first question and sends: the thank-you page with the form to leave an address. */
async function answerSurvey(page: Page) {
  const survey = one<number>("SELECT id FROM surveys WHERE owner_kind = 'project' AND owner_id = ?", projectId());
  await page.goto(`/vragen/${survey}/1`);
  await page.getByRole("radio", { name: "Goed", exact: true }).check();
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(page.getByText("Vraag 2 van 4")).toBeVisible();
  await page.goto(`/vragen/${survey}/versturen`);
  await page.getByRole("button", { name: "Verstuur mijn antwoorden" }).click();
  await expect(page.getByRole("heading", { name: "Dank u wel!" })).toBeVisible();
}

test("a visitor leaves an address after answering, hears what the team did with it, and stops with one click", async ({ pageAs }) => {
  const email = "lijst.e2e@voorbeeld.test";
  const visitor = await pageAs("bezoeker");
  await answerSurvey(visitor);
  await expectNoAxeViolations(visitor);

  // Nothing filled in: a message at each field.
  await visitor.getByRole("button", { name: "Stuur mij bericht" }).click();
  await expect(visitor.locator("#reach-error")).toHaveText("Vul uw e-mailadres of uw 06-nummer in.");
  await expect(visitor.locator("#consent-error")).toHaveText("Zet een vinkje als u een bericht wilt krijgen.");
  await expectNoAxeViolations(visitor);
  await visitor.getByLabel("Uw e-mailadres of 06-nummer").fill(email);
  await visitor.getByLabel(/Ik wil bericht krijgen/).check();
  await visitor.getByRole("button", { name: "Stuur mij bericht" }).click();
  await expect(visitor.getByRole("status")).toHaveText(/U staat op de lijst. U krijgt nu een mail/);
  await expectNoAxeViolations(visitor);
  const listed = await waitForMailWithSubject(email, `U staat op de lijst voor ${PROJECT}`, 0);
  expect(listed.text).toContain("/projecten/stoppen/");
  expect(contactsWith(email)).toBe(1);

  // The team sees a count, never the address, and sends "wat doen we ermee".
  const team = await pageAs("projectteam");
  await team.goto(`/beheer/projecten/${projectId()}`);
  await expect(team.getByText(/mensen lieten een manier achter om bericht te krijgen/)).toBeVisible();
  await expect(team.getByText(email)).toHaveCount(0);
  await team.getByLabel("Over welke vraag of welk punt?").fill("Meer bankjes op het plein");
  await team.getByLabel("Waarom? In gewone woorden.").fill("Er komen vier bankjes in de schaduw.");
  await team.getByRole("button", { name: "Punt toevoegen" }).click();
  await expect(team.getByText("Het punt staat op de pagina van het project.")).toBeVisible();
  await team.reload();
  await team.getByRole("button", { name: /^Verstuur 1 nieuw punt/ }).click();
  await expect(team.getByText(/en naar wie een e-mailadres of 06-nummer achterliet/)).toBeVisible();
  const news = await waitForMailWithSubject(email, `Wat doen wij met de antwoorden? ${PROJECT}`, 1);
  expect(news.text).toContain("Overgenomen: Meer bankjes op het plein. Er komen vier bankjes in de schaduw.");
  expect(news.text).toContain(`/projecten/${projectId()}`);

  // Opening the stop link changes nothing (a link scanner would); the button deletes the row.
  await visitor.goto(new URL(linkIn(news, "/projecten/stoppen/")).pathname);
  await expect(visitor.getByRole("heading", { name: "Geen bericht meer" })).toBeVisible();
  expect(contactsWith(email)).toBe(1);
  await expectNoAxeViolations(visitor);
  await visitor.getByRole("button", { name: "Ja, haal mij van de lijst" }).click();
  await expect(visitor.getByText("Gedaan. Wij hebben uw e-mailadres of nummer gewist.")).toBeVisible();
  await expectNoAxeViolations(visitor);
  expect(contactsWith(email)).toBe(0);
  expect(one<number>("SELECT count(*) FROM mail_outbox WHERE \"to\" = ?", email)).toBe(0);
  // The older link from the first mail no longer works.
  await visitor.goto(new URL(linkIn(listed, "/projecten/stoppen/")).pathname);
  await expect(visitor.getByText("Deze link werkt niet meer.")).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form keeps what was typed, says what is wrong at the field, and the stop button works", async ({ pageAs }) => {
    const email = "zonder.script.e2e@voorbeeld.test";
    const visitor = await pageAs("bezoeker");
    await answerSurvey(visitor);
    await visitor.getByLabel("Uw e-mailadres of 06-nummer").fill("06 123");
    await visitor.getByRole("button", { name: "Stuur mij bericht" }).click();
    await expect(visitor.locator("#reach-error")).toContainText("Dit is geen mobiel nummer.");
    await expect(visitor.locator("#consent-error")).toHaveText("Zet een vinkje als u een bericht wilt krijgen.");
    await expect(visitor.getByLabel("Uw e-mailadres of 06-nummer")).toHaveValue("06 123");
    await visitor.getByLabel("Uw e-mailadres of 06-nummer").fill(email);
    await visitor.getByLabel(/Ik wil bericht krijgen/).check();
    await visitor.getByRole("button", { name: "Stuur mij bericht" }).click();
    await expect(visitor.getByText("Dank u wel. U staat op de lijst.")).toBeVisible();
    expect(one<string>("SELECT consent_text FROM project_contacts WHERE email = ?", email)).toMatch(/^Ik wil bericht krijgen/);
    expect(one<string>("SELECT created_on FROM project_contacts WHERE email = ?", email)).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const listed = await waitForMailWithSubject(email, `U staat op de lijst voor ${PROJECT}`, 0);
    await visitor.goto(new URL(linkIn(listed, "/projecten/stoppen/")).pathname);
    await visitor.getByRole("button", { name: "Ja, haal mij van de lijst" }).click();
    await expect(visitor.getByText("Gedaan. Wij hebben uw e-mailadres of nummer gewist.")).toBeVisible();
    expect(contactsWith(email)).toBe(0);
    expect(mailsTo(email).length).toBeGreaterThan(0);
  });
});
