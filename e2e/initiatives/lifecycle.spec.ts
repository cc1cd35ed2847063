import { mailsTo, waitForNewMail } from "../support/mail";
import { DEMO, RESIDENTS, proposeIdea, staffStep, uniqueTitle } from "../support/initiatives";
import { expect, test } from "../support/fixtures";

// A tiny valid PNG (1×1), uploaded as the idea's photo.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");

test("propose, send back, resubmit, publish with a coach, back and help", async ({ pageAs, pageAsResident }) => {
  const title = uniqueTitle("Bloembakken in de straat");
  const resident = await pageAs("bewoner");
  const worker = await pageAs("buurtwerker");

  // The resident proposes, with a photo, and submits at once.
  const workerMails = mailsTo(DEMO.buurtwerker).length;
  await resident.goto("/initiatieven/nieuw");
  await resident.getByLabel("Titel van uw idee").fill(title);
  await resident.getByLabel("Uw idee in één of twee zinnen").fill("Bloemen maken de straat vrolijk.");
  await resident.getByLabel("In welke wijk?").selectOption({ label: "Vrieheide-De Stack" });
  await resident.getByLabel("Waar gaat het over?").selectOption({ label: "Wonen" });
  await resident.getByLabel("Materialen").check();
  await resident.getByLabel("Geld", { exact: true }).check();
  await resident.getByLabel("Hoeveel geld ongeveer? (mag u leeg laten)").fill("300");
  await resident.getByLabel("Foto (mag u leeg laten)").setInputFiles({ name: "bak.png", mimeType: "image/png", buffer: PNG });
  await resident.getByRole("button", { name: "Insturen", exact: true }).click();
  await expect(resident.getByText("Uw idee is ingestuurd")).toBeVisible();
  await expect(resident.getByText(/U krijgt antwoord uiterlijk op/)).toBeVisible();
  const id = Number(resident.url().match(/initiatieven\/(\d+)/)![1]);
  const photo = resident.getByRole("img", { name: `Foto bij het idee: ${title}` });
  await expect(photo).toBeVisible();
  const photoUrl = (await photo.getAttribute("src"))!;
  const photoResponse = await resident.request.get(photoUrl);
  expect(photoResponse.headers()["content-type"]).toBe("image/webp");
  expect(photoResponse.headers()["cache-control"]).toBe("private, no-store");
  // Until it is published, the photo is the resident's and the buurtwerkers' only.
  const visitor = await pageAs("bezoeker");
  expect((await visitor.request.get(photoUrl)).status()).toBe(404);
  expect((await waitForNewMail(DEMO.buurtwerker, workerMails)).subject).toContain(title);

  // The buurtwerker sees it in the queue and sends it back with a question.
  await worker.goto("/beheer/initiatieven");
  await expect(worker.getByRole("link", { name: title })).toBeVisible();
  const residentMails = mailsTo(DEMO.bewoner).length;
  await staffStep(worker, id, "Terugsturen met een vraag");
  await expect(worker.getByText("Schrijf wat de bewoner moet aanpassen.")).toBeVisible();
  await worker.getByLabel("Uw vraag aan de bewoner").fill("Welke straat precies?");
  await worker.getByRole("button", { name: "Terugsturen met een vraag" }).click();
  await expect(worker.getByText("Het idee is teruggestuurd.")).toBeVisible();
  const question = await waitForNewMail(DEMO.bewoner, residentMails);
  expect(question.text).toContain("Welke straat precies?");

  // The resident edits it on /account and resubmits.
  await resident.goto("/account");
  const mine = resident.getByRole("listitem").filter({ hasText: title });
  await expect(mine.getByText("Status: Teruggestuurd")).toBeVisible();
  await mine.getByRole("link", { name: "Aanpassen" }).click();
  await resident.getByLabel("Vertel meer (mag u leeg laten)").fill("In de Stackstraat, voor nummer 1 tot 20.");
  await resident.getByRole("button", { name: "Opnieuw insturen" }).click();
  await expect(resident.getByText("Uw idee is ingestuurd")).toBeVisible();
  await expect(resident.getByText("In de Stackstraat")).toBeVisible();

  // The buurtwerker publishes and assigns a coach.
  await staffStep(worker, id, "Publiceren");
  await expect(worker.getByText("Het idee staat nu online.")).toBeVisible();
  // Public now, but only briefly cached and revalidated: hidden or withdrawn, it is gone within a minute.
  const publicPhoto = await visitor.request.get(photoUrl);
  expect(publicPhoto.status()).toBe(200);
  expect(publicPhoto.headers()["cache-control"]).toBe("public, max-age=60, must-revalidate");
  const etag = publicPhoto.headers()["etag"]!;
  expect(etag).toBeTruthy();
  expect((await visitor.request.get(photoUrl, { headers: { "If-None-Match": etag } })).status()).toBe(304);
  await worker.getByLabel("Coach").selectOption({ label: "Ruud" });
  await worker.getByRole("button", { name: "Coach kiezen" }).click();
  await expect(worker.getByText("De coach is gekozen.")).toBeVisible();

  // Another resident backs it and offers help; the counts change on the page.
  const jan = await pageAsResident(RESIDENTS.jan);
  await jan.goto(`/initiatieven/${id}`);
  await expect(jan.getByText("0 van 25 mensen steunen dit idee")).toBeVisible();
  await expect(jan.getByText("Ruud", { exact: true })).toBeVisible();
  await jan.getByRole("button", { name: "Steunen", exact: true }).click();
  await expect(jan.getByText("U steunt dit idee.")).toBeVisible();
  await expect(jan.getByText("1 van 25 mensen steunen dit idee")).toBeVisible();
  await jan.getByLabel("Wat kunt u doen?").fill("Ik heb nog twee bakken over.");
  await jan.getByRole("button", { name: "Ik help mee" }).click();
  await expect(jan.getByText("U steunt dit idee en u helpt mee.")).toBeVisible();
  await expect(jan.getByText("1 buur helpt mee")).toBeVisible();
  await expect(jan.getByText("Ik heb nog twee bakken over.")).toHaveCount(0);

  // Only the initiator (and the coach) read the note.
  await resident.goto(`/initiatieven/${id}`);
  await expect(resident.getByText("Ik heb nog twee bakken over.")).toBeVisible();
  await expect(resident.getByRole("button", { name: "Steunen", exact: true })).toHaveCount(0);

  // Withdrawing the backing brings the count back.
  await jan.getByRole("button", { name: "Steun weghalen" }).click();
  await expect(jan.getByText("0 van 25 mensen steunen dit idee")).toBeVisible();

  // Buurtwerker starts and finishes it; the result is public.
  await staffStep(worker, id, "Starten (in uitvoering)");
  await expect(worker.getByText("Het idee is nu in uitvoering.")).toBeVisible();
  await worker.getByLabel("Wat is er bereikt? (iedereen ziet dit)").fill("Twintig bakken vol bloemen.");
  await worker.getByRole("button", { name: "Afronden (gerealiseerd)" }).click();
  await expect(worker.getByText("Het idee is afgerond.")).toBeVisible();
  await jan.goto(`/initiatieven/${id}`);
  await expect(jan.getByText("Twintig bakken vol bloemen.")).toBeVisible();
});

test("reject path: the resident reads the reason", async ({ pageAs }) => {
  const resident = await pageAs("bewoner");
  const worker = await pageAs("buurtwerker");
  const id = await proposeIdea(resident, uniqueTitle("Zwembad op het dak"));
  const before = mailsTo(DEMO.bewoner).length;
  await staffStep(worker, id, "Afwijzen", { label: "Waarom gaat het niet door?", value: "Dit dak kan dat gewicht niet dragen." });
  await expect(worker.getByText("Het idee is afgewezen.")).toBeVisible();
  expect((await waitForNewMail(DEMO.bewoner, before)).text).toContain("Dit dak kan dat gewicht niet dragen.");
  await resident.goto(`/initiatieven/${id}`);
  await expect(resident.getByText("Uw idee gaat helaas niet door.")).toBeVisible();
  await expect(resident.getByText("Dit dak kan dat gewicht niet dragen.")).toBeVisible();
  // Not public: a visitor gets a 404.
  const visitor = await pageAs("bezoeker");
  expect((await visitor.goto(`/initiatieven/${id}`))!.status()).toBe(404);
});

test("withdraw path: the initiator withdraws a published idea", async ({ pageAs }) => {
  const resident = await pageAs("bewoner");
  const worker = await pageAs("buurtwerker");
  const title = uniqueTitle("Buurtfeest");
  const id = await proposeIdea(resident, title);
  await staffStep(worker, id, "Publiceren");
  await expect(worker.getByText("Het idee staat nu online.")).toBeVisible();
  await resident.goto(`/initiatieven/${id}`);
  await resident.getByRole("link", { name: "Idee intrekken" }).click();
  await resident.getByRole("button", { name: "Ja, trek mijn idee in" }).click();
  await expect(resident.getByText("Uw idee is ingetrokken.")).toBeVisible();
  await resident.goto("/initiatieven");
  await expect(resident.getByRole("link", { name: title })).toHaveCount(0);
  // A staff step on a withdrawn idea is not offered.
  await worker.goto(`/beheer/initiatieven/${id}`);
  await expect(worker.getByText("Bij deze status kunt u geen stap meer zetten.")).toBeVisible();
});

test("refusals: a resident has no staff pages, and a stale step changes nothing", async ({ pageAs }) => {
  const resident = await pageAs("bewoner");
  await resident.goto("/beheer/initiatieven");
  await expect(resident.getByRole("heading", { name: "Hier heeft u geen toegang" })).toBeVisible();

  const id = await proposeIdea(resident, uniqueTitle("Twee tabbladen"));
  const tabA = await pageAs("buurtwerker");
  const tabB = await pageAs("buurtwerker");
  await tabA.goto(`/beheer/initiatieven/${id}`);
  await tabB.goto(`/beheer/initiatieven/${id}`);
  await tabA.getByRole("button", { name: "Publiceren", exact: true }).click();
  await expect(tabA.getByText("Het idee staat nu online.")).toBeVisible();
  await tabB.getByLabel("Waarom gaat het niet door?").fill("Te laat bedacht.");
  await tabB.getByRole("button", { name: "Afwijzen" }).click();
  await expect(tabB.getByText("Dit kan niet meer: het idee staat nu op een andere stap.")).toBeVisible();
  await tabB.reload();
  await expect(tabB.getByRole("definition").filter({ hasText: "Zoekt steun" })).toBeVisible();
});
