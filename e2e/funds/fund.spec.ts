import { DEMO, proposeIdea, staffStep, uniqueTitle } from "../support/initiatives";
import { expectNoAxeViolations } from "../support/axe";
import { one } from "../support/db";
import { gotoCurrentFigures, openTable } from "../support/figures";
import { expect, test } from "../support/fixtures";
import { linkIn, mailsTo, waitForMailWithSubject, waitForNewMail } from "../support/mail";

// A tiny valid PNG (1×1): the receipt and the result photo.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");
const FUND = "Buurtfonds Heerlen-Noord";

test("budget, advice, grant, a tranche, spending with a receipt, a result; a visitor sees the amounts and the result", async ({ pageAs }) => {
  // The whole journey with four roles and five axe checks: ~30 s on a quiet machine, twice that when busy.
  test.setTimeout(180_000);
  const title = uniqueTitle("Plantenbakken bij school");
  const resident = await pageAs("bewoner");
  const worker = await pageAs("buurtwerker");
  const beheerder = await pageAs("beheerder");
  const id = await proposeIdea(resident, title);
  await staffStep(worker, id, "Publiceren");

  // The initiator writes a budget, line by line.
  await resident.goto(`/initiatieven/${id}`);
  await resident.getByRole("link", { name: "Begroting maken of aanpassen" }).click();
  await resident.getByLabel("Waarvoor?").fill("Plantenbakken");
  await resident.getByLabel("Hoeveel euro?").fill("veel");
  await resident.getByRole("button", { name: "Regel toevoegen" }).click();
  await expect(resident.locator("#regel-amount-error")).toContainText("Vul een bedrag in euro's in");
  await resident.getByLabel("Hoeveel euro?").fill("1.250,50");
  await resident.getByRole("button", { name: "Regel toevoegen" }).click();
  await expect(resident.getByText("Plantenbakken: € 1.250,50")).toBeVisible();
  await resident.getByLabel("Waarvoor?").fill("Aarde");
  await resident.getByLabel("Hoeveel euro?").fill("99,50");
  await resident.getByRole("button", { name: "Regel toevoegen" }).click();
  await expect(resident.getByText("Aarde: € 99,50")).toBeVisible();
  await expect(resident.getByText("€ 1.350,00")).toBeVisible();
  await expectNoAxeViolations(resident);

  // The initiator sends it, told what happens next; the budget waits for the decision.
  const sentBefore = mailsTo(DEMO.bewoner).length;
  await expect(resident.getByText("Een buurtwerker bekijkt uw begroting en geeft advies, binnen 5 werkdagen.")).toBeVisible();
  await resident.getByRole("button", { name: "Vraag om geld versturen" }).click();
  await expect(resident.getByText(/U verstuurde uw vraag om geld op .*\. Een buurtwerker geeft advies, uiterlijk op/)).toBeVisible();
  await expect(resident.getByRole("button", { name: "Regel toevoegen" })).toHaveCount(0);
  const sent = await waitForMailWithSubject(DEMO.bewoner, "Uw vraag om geld is verstuurd", sentBefore);
  expect(sent.text).toContain("Daarna beslist de beheerder");
  await expectNoAxeViolations(resident);

  // The buurtwerker's start page lists it, with the date of the promise.
  await worker.goto("/beheer");
  const waitingForAdvice = worker.getByRole("region", { name: "Vragen om geld: wachten op uw advies" });
  await expect(waitingForAdvice.getByRole("link", { name: title })).toBeVisible();
  await expect(waitingForAdvice.getByText(/Advies uiterlijk op/).first()).toBeVisible();

  // The coach advises; then the page says the beheerder decides, who is mailed and sees it on the start page.
  const beheerderBefore = mailsTo(DEMO.beheerder).length;
  const adviceBefore = mailsTo(DEMO.bewoner).length;
  await worker.goto(`/beheer/initiatieven/${id}`);
  await worker.getByLabel("Uw advies over het geld").fill("Goed plan. Geef het hele bedrag.");
  await worker.getByRole("button", { name: "Advies geven" }).click();
  await expect(worker.getByText("Goed plan. Geef het hele bedrag.")).toBeVisible();
  await expect(worker.getByText(/Nu beslist de beheerder: geld geven of niet\. De initiatiefnemer krijgt uiterlijk op/)).toBeVisible();
  const toBeheerder = await waitForMailWithSubject(DEMO.beheerder, `Advies over geld: ${title}`, beheerderBefore);
  expect(toBeheerder.text).toContain("uiterlijk op");
  await waitForMailWithSubject(DEMO.bewoner, "Uw vraag om geld: de buurtwerker heeft advies gegeven", adviceBefore);
  await beheerder.goto("/beheer");
  await expect(beheerder.getByRole("region", { name: "Vragen om geld: wachten op uw besluit" }).getByRole("link", { name: title })).toBeVisible();
  // A buurtwerker advises but does not decide.
  await expect(worker.getByRole("button", { name: "Geld geven", exact: true })).toHaveCount(0);

  // The beheerder grants; more than the fund has left is refused at the field.
  const mailsBefore = mailsTo(DEMO.bewoner).length;
  await beheerder.goto(`/beheer/initiatieven/${id}`);
  const fundChoice = beheerder.getByLabel("Uit welk fonds?");
  await fundChoice.selectOption({ label: (await fundChoice.locator("option", { hasText: FUND }).textContent())! });
  await beheerder.getByLabel("Bedrag (euro)").fill("10.000.000");
  await beheerder.getByLabel("Naam contactpersoon gemeente").fill("Karin Janssen");
  await beheerder.getByLabel("E-mail contactpersoon gemeente").fill("k.janssen@heerlen.example");
  await beheerder.getByRole("button", { name: "Geld geven", exact: true }).click();
  await expect(beheerder.locator("#toekennen-amount-error")).toContainText(`Zoveel heeft ${FUND} niet meer`);
  await expect(beheerder.getByLabel("Naam contactpersoon gemeente")).toHaveValue("Karin Janssen");
  await beheerder.getByLabel("Bedrag (euro)").fill("1350");
  await beheerder.getByRole("button", { name: "Geld geven", exact: true }).click();
  await expect(beheerder.getByText("€ 1.350,00 is toegekend. De bewoner krijgt een mail.")).toBeVisible();
  const mail = await waitForNewMail(DEMO.bewoner, mailsBefore);
  expect(mail.subject).toBe("U krijgt geld voor uw idee");
  expect(mail.text).toContain(`U krijgt € 1.350,00 uit ${FUND}.`);
  expect(mail.text).toContain("Karin Janssen (k.janssen@heerlen.example)");
  await expectNoAxeViolations(beheerder);

  // A first tranche is paid.
  await beheerder.getByLabel("Bedrag van deze betaling (euro)").fill("1400");
  await beheerder.getByRole("button", { name: "Betaling opslaan" }).click();
  await expect(beheerder.locator("[id^=betaling-][id$=-amount-error]")).toHaveText("Er kan nog hoogstens € 1.350,00 betaald worden.");
  await beheerder.getByLabel("Bedrag van deze betaling (euro)").fill("800");
  await beheerder.getByRole("button", { name: "Betaling opslaan" }).click();
  await expect(beheerder.getByText("De betaling van € 800,00 staat erbij.")).toBeVisible();
  const paidMail = await waitForMailWithSubject(DEMO.bewoner, "Er is geld voor uw idee betaald", mailsBefore);
  expect(paidMail.text).toContain("€ 800,00 van de € 1.350,00");

  // The initiator sees the decision and reports spending with a photo of the receipt.
  await resident.goto(`/initiatieven/${id}`);
  await expect(resident.getByText(`U krijgt € 1.350,00 van ${FUND}`)).toBeVisible();
  await resident.getByRole("link", { name: "Uitgaven opgeven of geld terugbetalen" }).click();
  await resident.getByLabel("Waaraan?").fill("Plantenbakken bij de bouwmarkt");
  await resident.getByLabel("Hoeveel euro?").first().fill("612,40");
  await resident.getByLabel("Foto van het bonnetje (mag u leeg laten)").setInputFiles({ name: "bon.png", mimeType: "image/png", buffer: PNG });
  await resident.getByRole("button", { name: "Uitgave opgeven" }).click();
  await expect(resident.getByText("Dank u wel. € 612,40 voor \"Plantenbakken bij de bouwmarkt\" staat erbij.")).toBeVisible();
  await expect(resident.getByText(/Plantenbakken bij de bouwmarkt, € 612,40 \(met bonnetje\)/)).toBeVisible();
  await expectNoAxeViolations(resident);

  // The receipt is for staff only.
  await beheerder.goto(`/beheer/initiatieven/${id}`);
  const receipt = (await beheerder.getByRole("link", { name: "bekijk bonnetje" }).getAttribute("href"))!;
  expect((await beheerder.request.get(receipt)).headers()["content-type"]).toBe("image/webp");
  expect((await resident.request.get(receipt, { maxRedirects: 0 })).status()).toBe(403);

  // Realised, with a result written by the initiator.
  await staffStep(worker, id, "Starten (in uitvoering)");
  const doneBefore = mailsTo(DEMO.bewoner).length;
  await worker.getByLabel("Wat is er bereikt? (iedereen ziet dit)").fill("De bakken staan er.");
  await worker.getByRole("button", { name: "Afronden (gerealiseerd)" }).click();
  await expect(worker.getByText("Het idee is afgerond.")).toBeVisible();
  // The mail asks for the result, with the way to "Wat is er bereikt".
  expect(linkIn(await waitForMailWithSubject(DEMO.bewoner, "Uw idee is gelukt", doneBefore), `/initiatieven/${id}/resultaat`)).toBeTruthy();
  await resident.goto(`/initiatieven/${id}`);
  await resident.getByRole("link", { name: "Schrijf op wat er bereikt is" }).click();
  await resident.getByLabel("Wat is er gebeurd?").fill("Twaalf bakken vol kruiden bij de school. De kinderen gieten ze.");
  await resident.getByLabel("Hoeveel mensen deden mee of werden bereikt?").fill("85");
  await resident.getByLabel("Hoeveel vrijwilligers hielpen?").fill("7");
  await resident.getByLabel("Hoeveel uur werkten de vrijwilligers samen?").fill("abc");
  await resident.getByRole("button", { name: "Resultaat bewaren" }).click();
  await expect(resident.locator("#resultaat-volunteerHours-error")).toContainText("Vul het aantal uren in");
  await resident.getByLabel("Hoeveel uur werkten de vrijwilligers samen?").fill("42");
  await resident.getByLabel(/^Foto's/).setInputFiles({ name: "bakken.png", mimeType: "image/png", buffer: PNG });
  await resident.getByRole("button", { name: "Resultaat bewaren" }).click();
  await expect(resident.getByText("Dank u wel! Het resultaat staat op de pagina van het idee.")).toBeVisible();
  await expectNoAxeViolations(resident);

  // A visitor sees the public money and the result, never the receipt or the contact person.
  const visitor = await pageAs("bezoeker");
  await visitor.goto(`/initiatieven/${id}`);
  const money = visitor.getByRole("region", { name: "Geld", exact: true });
  await expect(money.getByText("Gevraagd")).toBeVisible();
  await expect(money.getByText("€ 1.350,00").first()).toBeVisible();
  await expect(money.getByText(`Gekregen van ${FUND}`)).toBeVisible();
  await expect(money.getByText("€ 800,00")).toBeVisible();
  await expect(money.getByText("€ 612,40")).toBeVisible();
  const result = visitor.getByRole("region", { name: "Wat is er bereikt" });
  await expect(result.getByText("Twaalf bakken vol kruiden bij de school.", { exact: false })).toBeVisible();
  await expect(result.getByText("85", { exact: true })).toBeVisible();
  await expect(result.getByRole("img", { name: /Foto 1 van wat er bereikt is/ })).toBeVisible();
  const html = await visitor.content();
  expect(html).not.toContain("k.janssen@heerlen.example");
  expect(html).not.toContain("bonnetjes");
  expect(html).not.toContain("Goed plan. Geef het hele bedrag.");
  await expectNoAxeViolations(visitor);
  const audit = one<number>("SELECT count(*) FROM audit_log WHERE target_type = 'initiative' AND target_id = ? AND action LIKE 'fund.%'", String(id));
  // Requested, advised, granted, paid, spent.
  expect(audit).toBe(5);
});

test("a refusal with a reason: the initiator gets a mail and sees the reason", async ({ pageAs, pageAsResident }) => {
  const email = "yasmina@demo.example.org";
  const id = one("SELECT id FROM initiatives WHERE title = 'Voetbaltoernooi in de zomer'");
  const beheerder = await pageAs("beheerder");
  const before = mailsTo(email).length;
  await beheerder.goto(`/beheer/initiatieven/${id}`);
  await beheerder.getByRole("button", { name: "Geen geld geven" }).click();
  await expect(beheerder.locator("#weigeren-reason-error")).toHaveText("Schrijf op waarom het geld niet wordt gegeven.");
  await beheerder.getByLabel("Waarom niet?").fill("De sportclub betaalt de bekers al.");
  await beheerder.getByRole("button", { name: "Geen geld geven" }).click();
  await expect(beheerder.getByText("Het geld is niet gegeven. De bewoner krijgt een mail met de reden.")).toBeVisible();
  const mail = await waitForNewMail(email, before);
  expect(mail.subject).toBe("U krijgt geen geld voor uw idee");
  expect(mail.text).toContain("De sportclub betaalt de bekers al.");
  const initiator = await pageAsResident(email);
  await initiator.goto(`/initiatieven/${id}`);
  await expect(initiator.getByText(/u krijgt geen geld. De reden: De sportclub betaalt de bekers al./)).toBeVisible();
});

test("the beheerder adds a fund with a budget and downloads its ledger; the alliance sees the money", async ({ pageAs }) => {
  const name = uniqueTitle("Wijkfonds");
  const year = new Date().getUTCFullYear();
  const page = await pageAs("beheerder");
  await page.goto("/beheer");
  await page.getByRole("link", { name: "Fondsen: budget, toegekend en over" }).click();
  await expect(page.getByRole("heading", { name: FUND })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.locator("#nieuw-name").fill(name);
  await page.locator("#nieuw-provider").fill("CZ");
  await page.getByRole("button", { name: "Fonds toevoegen" }).click();
  await expect(page.getByText(`Het fonds "${name}" is toegevoegd.`)).toBeVisible();
  const section = page.getByRole("region", { name });
  await section.getByText(`Budget voor ${year} aanpassen`).click();
  await section.getByLabel(`Budget ${year} (euro)`).fill("12.500");
  await section.getByRole("button", { name: "Budget opslaan" }).click();
  await expect(page.getByText(`Het budget voor ${year} is nu € 12.500,00.`)).toBeVisible();
  await page.reload();
  await expect(page.getByRole("region", { name }).getByText("€ 12.500,00").first()).toBeVisible();

  const fundId = one("SELECT id FROM funds WHERE name = 'Buurtfonds Heerlen-Noord'");
  const csv = await page.request.get(`/beheer/fondsen/${fundId}/grootboek.csv?jaar=${year}`);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const text = await csv.text();
  expect(text).toContain("Datum,Soort,Idee-nummer,Idee,Bedrag (euro),Omschrijving");
  expect(text).toMatch(/toekenning/);

  const alliance = await pageAs("alliantie");
  await gotoCurrentFigures(alliance, "/dashboard");
  // Each table of the dashboard has its own page.
  await openTable(alliance, "Geld per fonds");
  const money = alliance.getByRole("region", { name: "Tabel: Geld per fonds" });
  await expect(money.getByRole("rowheader", { name: FUND })).toBeVisible();
  await openTable(alliance, "Wat is er bereikt");
  await expect(alliance.getByRole("region", { name: "Tabel: Wat is er bereikt" }).getByText("Mensen bereikt")).toBeVisible();
});
