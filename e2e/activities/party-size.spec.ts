import { SIGNUP_MAIL_SENT } from "@/lib/activities/signup-answer";
import { expectNoAxeViolations } from "../support/axe";
import { expect, test } from "../support/fixtures";
import { linkIn, mailsTo, waitForNewMail } from "../support/mail";

const nextYear = new Date().getFullYear() + 1;

test("a resident changes the number of people with the personal link; fewer promotes the waiting list once", async ({ page, pageAs }) => {
  const unique = `${Date.now()}`;
  const title = `Buurtsoep ${unique}`;
  const worker = await pageAs("buurtwerker");
  await worker.goto("/beheer/activiteiten/nieuw");
  await worker.getByLabel(/^Titel/).fill(title);
  await worker.getByLabel("Wijk").selectOption({ label: "De Hei" });
  await worker.getByLabel("Adres").fill("Plein De Hei 1, Heerlen");
  await worker.getByLabel("Begint op").fill(`${nextYear}-07-15T17:00`);
  await worker.getByLabel("Eindigt op").fill(`${nextYear}-07-15T20:00`);
  await worker.getByLabel("Aanmelden kan tot").fill(`${nextYear}-07-14T12:00`);
  await worker.getByLabel("Aantal plekken").fill("3");
  await worker.getByRole("button", { name: "Activiteit opslaan" }).click();
  await expect(worker.getByRole("heading", { name: title })).toBeVisible();
  const activityId = /\/beheer\/activiteiten\/(\d+)/.exec(worker.url())![1]!;

  const anna = { name: "Anna", email: `anna-${unique}@voorbeeld.nl` };
  const bert = { name: "Bert", email: `bert-${unique}@voorbeeld.nl` };
  // One place is left after Anna's two: Bert's two go on the waiting list. The page answers
  // the same to both (who is signed up is not for a visitor to ask); the mail tells which.
  for (const [person, subject] of [[anna, `U bent aangemeld: ${title}`], [bert, `Wachtlijst: ${title}`]] as const) {
    await page.goto(`/activiteiten/${activityId}`);
    await page.getByLabel("Uw naam").fill(person.name);
    await page.getByLabel("Uw e-mailadres").fill(person.email);
    await page.getByLabel("Met hoeveel personen komt u?").fill("2");
    await page.getByLabel(/Ik vind het goed/).check();
    await page.getByRole("button", { name: "Aanmelden" }).click();
    await expect(page.getByRole("status")).toContainText(SIGNUP_MAIL_SENT);
    expect((await waitForNewMail(person.email, 0)).subject).toBe(subject);
  }

  await page.goto(linkIn(mailsTo(anna.email)[0]!, "/aanmelding/"));
  const size = page.getByLabel(`Met hoeveel personen komt u naar ${title}?`);
  await expect(size).toHaveValue("2");
  await size.fill("4");
  await page.getByRole("button", { name: "Aantal opslaan" }).click();
  await expect(page.getByText("Er is nog 1 plek vrij. U kunt met hoogstens 3 personen komen.")).toBeVisible();
  await expect(size).toHaveValue("4");
  await expectNoAxeViolations(page);

  const bertMails = mailsTo(bert.email).length;
  await size.fill("1");
  await page.getByRole("button", { name: "Aantal opslaan" }).click();
  await expect(page.getByText("Opgeslagen: u komt nu met 1 persoon.")).toBeVisible();
  await expect(size).toHaveValue("1");
  const promoted = await waitForNewMail(bert.email, bertMails);
  expect(promoted.subject).toBe(`U heeft een plek: ${title}`);

  // Saving the same number again changes nothing, and promotes no one a second time.
  await page.getByRole("button", { name: "Aantal opslaan" }).click();
  await expect(page.getByText("U stond al op 1 persoon. Er is niets veranderd.")).toBeVisible();
  expect(mailsTo(bert.email)).toHaveLength(bertMails + 1);
  await expectNoAxeViolations(page);
});
