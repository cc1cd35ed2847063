import Database from "better-sqlite3";
import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { E2E_DB, one } from "../support/db";
import { expect, test } from "../support/fixtures";
import { linkIn, mailsTo, waitForNewMail } from "../support/mail";
import { DEMO, RESIDENTS, proposeIdea, staffStep, uniqueTitle } from "../support/initiatives";

// A tiny valid PNG (1×1), the photo of the update.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");
const SCREENS = "data/screens";

// Each test signs in, posts and waits for mail on a machine shared by many: more time than the default.
test.describe.configure({ timeout: 180_000 });

const shot = (page: Page, name: string) => page.screenshot({ path: `${SCREENS}/${name}.png`, fullPage: true });
const headersOf = (mail: object) => (mail as { headers?: Record<string, string> }).headers ?? {};

test("a follower hears of an update with a photo at once, and unsubscribes without signing in", async ({ pageAs, pageAsResident }) => {
  const title = uniqueTitle("Moestuin aan de Stackstraat");
  const initiator = await pageAs("bewoner");
  const worker = await pageAs("buurtwerker");
  const id = await proposeIdea(initiator, title);
  await staffStep(worker, id, "Publiceren");
  await expect(worker.getByText("Het idee staat nu online.")).toBeVisible();

  // The follower chooses "at once" for followed ideas, then follows.
  const follower = await pageAsResident(RESIDENTS.mehmet);
  await follower.goto("/account");
  await follower.getByRole("group", { name: "Nieuws over ideeën en projecten die ik volg" }).getByLabel("Meteen een mail").check();
  await follower.getByRole("button", { name: "Keuze bewaren" }).click();
  await expect(follower.getByText("Uw keuze is bewaard.")).toBeVisible();
  await follower.goto(`/initiatieven/${id}`);
  await follower.getByRole("button", { name: "Volg dit idee" }).click();
  // When they will hear, by their own choice, said once.
  await expect(follower.getByText("Dan krijgt u meteen een mail.")).toHaveCount(1);
  await expect(follower.getByText("U hoort het als er nieuws is")).toHaveCount(0);
  await expect(follower.getByRole("button", { name: "Niet meer volgen" })).toBeVisible();
  await expectNoAxeViolations(follower);

  // The initiator posts an update with a photo; it is on the timeline for everyone.
  const mailsBefore = mailsTo(RESIDENTS.mehmet).length;
  await initiator.goto(`/initiatieven/${id}`);
  await expect(initiator.getByText("U volgt dit idee altijd, want u bent de initiatiefnemer.")).toBeVisible();
  await initiator.getByLabel("Wat is er nieuw?").fill("De eerste plantjes staan in de bak.");
  await initiator.getByLabel(/Foto's \(mag u leeg laten/).setInputFiles({ name: "plantjes.png", mimeType: "image/png", buffer: PNG });
  await initiator.getByRole("button", { name: "Nieuws plaatsen" }).click();
  await expect(initiator.getByText("Nieuws van Fatima")).toBeVisible();
  const visitor = await pageAs("bezoeker");
  await visitor.goto(`/initiatieven/${id}`);
  await expect(visitor.getByText("De eerste plantjes staan in de bak.")).toBeVisible();
  const photo = visitor.getByRole("img", { name: /Foto 1 bij het nieuws/ });
  await expect(photo).toBeVisible();
  expect((await visitor.request.get((await photo.getAttribute("src"))!)).headers()["content-type"]).toBe("image/webp");
  await expectNoAxeViolations(initiator);
  await shot(initiator, "idee-met-nieuws");

  // The follower's mail, with a link that works without signing in and the one-click headers.
  const mail = await waitForNewMail(RESIDENTS.mehmet, mailsBefore);
  expect(mail.subject).toBe(`Nieuws over "${title}"`);
  expect(mail.text).toContain("De eerste plantjes staan in de bak.");
  const unsubscribe = linkIn(mail, "/afmelden/");
  expect(headersOf(mail)["List-Unsubscribe"]).toBe(`<${unsubscribe}/een-klik>`);
  expect(headersOf(mail)["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");

  await visitor.goto(unsubscribe);
  await expect(visitor.getByRole("heading", { name: "Afmelden voor mails" })).toBeVisible();
  await expectNoAxeViolations(visitor);
  await shot(visitor, "afmelden");
  // Opening the page changed nothing; the button does.
  expect(one<string>("SELECT follow_mails FROM users WHERE email = ?", RESIDENTS.mehmet)).toBe("direct");
  // By keyboard: the button goes once it did its work, and the focus lands on the answer, not on
  // "Naar de inhoud" at the top; the question about the button goes with it.
  await visitor.getByRole("button", { name: "Ja, meld mij af" }).focus();
  await visitor.keyboard.press("Enter");
  const done = visitor.getByText("U krijgt geen mails meer over ideeën die u volgt.");
  await expect(done).toBeVisible();
  await expect(done).toBeFocused();
  await expect(visitor.getByText("Klik dan op de knop")).toHaveCount(0);
  await expectNoAxeViolations(visitor);
  expect(one<string>("SELECT follow_mails FROM users WHERE email = ?", RESIDENTS.mehmet)).toBe("never");

  // A mail app's one-click POST (RFC 8058) works too; a made-up token does not.
  expect((await visitor.request.post(`${unsubscribe}/een-klik`, { form: { "List-Unsubscribe": "One-Click" } })).status()).toBe(200);
  expect((await visitor.request.post("/afmelden/verzonnen-token/een-klik", { form: { "List-Unsubscribe": "One-Click" } })).status()).toBe(404);
  await visitor.goto("/afmelden/verzonnen-token");
  await expect(visitor.getByText("Deze afmeldlink werkt niet.")).toBeVisible();
});

test("the initiator gets a mail with the note when someone offers help", async ({ pageAsResident }) => {
  const idea = one("SELECT i.id FROM initiatives i JOIN users u ON u.id = i.initiator_id WHERE i.status = 'zoekt_steun' AND i.hidden_at IS NULL AND u.email != ? ORDER BY i.id", RESIDENTS.anouk);
  const initiatorEmail = one<string>("SELECT u.email FROM initiatives i JOIN users u ON u.id = i.initiator_id WHERE i.id = ?", idea);
  const before = mailsTo(initiatorEmail).length;
  const helper = await pageAsResident(RESIDENTS.anouk);
  await helper.goto(`/initiatieven/${idea}`);
  await helper.getByLabel(/Wat kunt u doen\?|Wilt u iets anders doen\?/).fill("Ik kan op zaterdag de tafels brengen.");
  await helper.getByRole("button", { name: "Ik help mee" }).click();
  await expect(helper.getByText("U steunt dit idee en u helpt mee.")).toBeVisible();
  // Offering help made the helper a follower.
  await expect(helper.getByRole("button", { name: "Niet meer volgen" })).toBeVisible();
  const mail = await waitForNewMail(initiatorEmail, before);
  expect(mail.subject).toContain("Iemand wil helpen met");
  expect(mail.text).toContain("Ik kan op zaterdag de tafels brengen.");
  expect(linkIn(mail, "/afmelden/")).toBeTruthy();
});

test("the notification choices on /account work without JavaScript", async ({ pageAs }) => {
  const page = await pageAs("bewoner", { viewport: { width: 360, height: 780 }, locale: "nl-NL", javaScriptEnabled: false });
  await page.goto("/account");
  const staff = page.getByRole("group", { name: "Berichten over mijn eigen idee en mijn werk" });
  await expect(page.getByRole("group", { name: "Nieuws over ideeën en projecten die ik volg" }).getByLabel("Eén mail per week (maandagochtend)")).toBeChecked();
  await expect(staff.getByLabel("Meteen een mail")).toBeChecked();
  await staff.getByLabel("Geen mail").check();
  await page.getByRole("button", { name: "Keuze bewaren" }).click();
  await expect(page.getByText("Uw keuze is bewaard.")).toBeVisible();
  expect(one<string>("SELECT staff_mails FROM users WHERE email = ?", DEMO.bewoner)).toBe("never");
  await page.goto("/account");
  await expect(page.getByRole("group", { name: "Berichten over mijn eigen idee en mijn werk" }).getByLabel("Geen mail")).toBeChecked();
  await page.getByRole("group", { name: "Berichten over mijn eigen idee en mijn werk" }).getByLabel("Meteen een mail").check();
  await page.getByRole("button", { name: "Keuze bewaren" }).click();
  await expect(page.getByText("Uw keuze is bewaard.")).toBeVisible();
  // axe runs in the page itself, so it needs JavaScript: the same page, checked with it.
  const withScript = await pageAs("bewoner");
  await withScript.goto("/account");
  await expectNoAxeViolations(withScript);
  await shot(withScript, "account-mails");
});

test("the beheerder sees jobs that failed after every retry", async ({ pageAs }) => {
  const db = new Database(E2E_DB);
  db.prepare("INSERT INTO jobs (kind, run_at, attempts, last_error, failed_at, created_at) VALUES ('digest', ?, 4, 'Error: SMTP-server antwoordt niet', ?, ?)").run(Date.now(), Date.now(), Date.now());
  db.close();
  const admin = await pageAs("beheerder");
  await admin.goto("/beheer");
  const failed = admin.getByRole("region", { name: "Taken die mislukt zijn" });
  await expect(failed.getByText("Wekelijkse mail")).toBeVisible();
  await expect(failed.getByText("Fout: Error: SMTP-server antwoordt niet")).toBeVisible();
  await expectNoAxeViolations(admin);
  await shot(admin, "beheer-mislukt");
});
