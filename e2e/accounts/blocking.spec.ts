import { expectNoAxeViolations } from "../support/axe";
import { one } from "../support/db";
import { expect, test } from "../support/fixtures";
import { mailsTo, waitForMailWithSubject, waitForNewMail } from "../support/mail";

const WIM = "wim@demo.example.org";

test("a buurtwerker blocks an account and lifts the block again", async ({ pageAs, pageAsResident }) => {
  const idea = one<number>("SELECT id FROM initiatives WHERE status = 'zoekt_steun' AND hidden_at IS NULL ORDER BY id");
  const body = `Reactie van Wim ${Date.now()}`;
  const wim = await pageAsResident(WIM);
  await wim.goto(`/initiatieven/${idea}`);
  await wim.getByLabel("Uw reactie").fill(body);
  await wim.getByRole("button", { name: "Reactie plaatsen" }).click();
  await expect(wim.getByText(body)).toBeVisible();

  const worker = await pageAs("buurtwerker");
  await worker.goto("/beheer");
  await worker.getByRole("link", { name: "Account blokkeren" }).click();
  await expect(worker.getByRole("heading", { name: "Account blokkeren" })).toBeVisible();
  await expectNoAxeViolations(worker);
  await worker.getByLabel("Zoek op naam").fill("Wim");
  await worker.getByRole("button", { name: "Zoeken" }).click();
  const row = worker.getByRole("listitem").filter({ hasText: "Wim" });
  // Without a reason nothing happens.
  await row.getByRole("button", { name: "Account blokkeren" }).click();
  await expect(row.getByText("Schrijf kort op waarom.")).toBeVisible();
  await row.getByLabel("Waarom blokkeert u Wim?").fill("Scheldt steeds buren uit.");
  await row.getByRole("button", { name: "Account blokkeren" }).click();
  await expect(worker.getByText("Het account is geblokkeerd.")).toBeVisible();
  await worker.reload();
  await expect(worker.getByText(/Geblokkeerd op .*: Scheldt steeds buren uit\./)).toBeVisible();
  await expectNoAxeViolations(worker);

  // Wim's session is gone, his comment is hidden, and asking a sign-in link sends nothing.
  await wim.goto("/account");
  await expect(wim).toHaveURL(/\/inloggen/);
  const visitor = await pageAs("bezoeker");
  await visitor.goto(`/initiatieven/${idea}`);
  await expect(visitor.getByText(body)).toHaveCount(0);
  const mailsBefore = mailsTo(WIM).length;
  /** The page's answer to asking a link, with the typed address taken out. */
  const answerTo = async (email: string) => {
    await visitor.goto("/inloggen");
    await visitor.getByLabel("Uw e-mailadres").fill(email);
    await visitor.getByRole("button", { name: "Stuur mij een inloglink" }).click();
    await expect(visitor.getByRole("heading", { name: "Kijk in uw mail" })).toBeVisible();
    return (await visitor.locator("main").innerText()).replaceAll(email, "…");
  };
  const blockedAnswer = await answerTo(WIM);
  // No link; one kind mail to the address itself, with whom to talk (the buurtwerker who blocked).
  const told = await waitForMailWithSubject(WIM, "U kunt op dit moment niet inloggen", mailsBefore);
  expect(told.text).toContain("buurtwerker@demo.example.org");
  expect(told.text).not.toMatch(/\/api\/auth\/callback/);
  // Anyone else gets the very same page: it tells no stranger that the address is blocked.
  const stranger = `onbekend-${Date.now()}@voorbeeld.nl`;
  expect(await answerTo(stranger)).toBe(blockedAnswer);
  await waitForNewMail(stranger, 0);
  // Told once: asking again sends nothing more (the next person's link shows the queue went out).
  await answerTo(WIM);
  const later = `later-${Date.now()}@voorbeeld.nl`;
  await answerTo(later);
  await waitForNewMail(later, 0);
  expect(mailsTo(WIM)).toHaveLength(mailsBefore + 1);

  // The block is lifted: the comment is back and Wim can sign in again.
  await worker.getByLabel("Waarom mag Wim weer meedoen?").fill("Excuses aangeboden.");
  await worker.getByRole("button", { name: "Blokkade opheffen" }).click();
  await expect(worker.getByText("De blokkade is opgeheven.")).toBeVisible();
  await visitor.goto(`/initiatieven/${idea}`);
  await expect(visitor.getByText(body)).toBeVisible();
  const again = await pageAsResident(WIM);
  await again.goto("/account");
  await expect(again).not.toHaveURL(/\/inloggen/);
});

test("a name that looks like staff is refused; staff carry a badge from their role", async ({ pageAsResident }) => {
  const kevin = await pageAsResident("kevin@demo.example.org");
  await kevin.goto("/account");
  const name = kevin.getByLabel("Uw naam op dit platform");
  await name.fill("Kevin (buurtwerker)");
  await kevin.getByRole("button", { name: "Gegevens opslaan" }).click();
  await expect(kevin.getByText(/Kies een naam zonder rol erin/)).toBeVisible();
  await name.fill("ruud");
  await kevin.getByRole("button", { name: "Gegevens opslaan" }).click();
  await expect(kevin.getByText(/Een medewerker heeft deze naam al/)).toBeVisible();
  await expectNoAxeViolations(kevin);

  const coached = one<number>("SELECT i.id FROM initiatives i JOIN users u ON u.id = i.coach_id WHERE u.role = 'buurtwerker' AND i.status IN ('zoekt_steun', 'in_uitvoering', 'gerealiseerd') AND i.hidden_at IS NULL ORDER BY i.id");
  await kevin.goto(`/initiatieven/${coached}`);
  const coach = kevin.getByRole("definition").filter({ hasText: "Ruud" });
  await expect(coach.getByText("Buurtwerker", { exact: true })).toBeVisible();
  await expectNoAxeViolations(kevin);
});
