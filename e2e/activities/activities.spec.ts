import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { expect, test } from "../support/fixtures";
import { linkIn, mailsTo, waitForNewMail, type OutboxMail } from "../support/mail";
import { SignupForm } from "../support/signup-form";

type MailWithFiles = OutboxMail & { attachments: { filename: string; content: string }[] };

const unique = () => `${Date.now()}-${Math.round(Math.random() * 1e6)}`;
const nextYear = new Date().getFullYear() + 1;

/** axe once the page has settled: Next streams the <title> in, and re-renders it after an action. */
async function expectAccessible(page: Page) {
  await expect.poll(() => page.title()).not.toBe("");
  await expectNoAxeViolations(page);
}

/** The events of an iCalendar text, with folded lines joined (RFC 5545 §3.1). */
function parseIcs(text: string): Record<string, string>[] {
  expect(text.startsWith("BEGIN:VCALENDAR")).toBe(true);
  const lines = text.replace(/\r\n[ \t]/g, "").split(/\r\n/);
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === "BEGIN:VEVENT") current = {};
    else if (line === "END:VEVENT" && current) {
      events.push(current);
      current = null;
    } else if (current) {
      const colon = line.indexOf(":");
      current[line.slice(0, colon).split(";")[0]!] = line.slice(colon + 1);
    }
  }
  return events;
}

test("a visitor signs up without an account, gets the mail and cancels with the link", async ({ page }) => {
  await page.goto("/activiteiten");
  await expect(page.getByRole("heading", { name: "Activiteiten die nog komen" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Koffie-ochtend in het buurthuis" }).click();
  await expect(page.getByRole("meter", { name: "Bezette plekken" })).toBeVisible();
  await expectAccessible(page);

  const form = new SignupForm(page);
  const visitor = { name: "Fenna Bos", email: `fenna-${unique()}@test.nl`, partySize: "0", notes: "Wij eten vegetarisch." };
  await form.signUp(visitor);
  await expect(form.errorOf("partySize")).toHaveText("Met hoeveel personen komt u? Vul minstens 1 in.");
  await expect(form.name).toHaveValue("Fenna Bos");
  await expectAccessible(page);

  await form.partySize.fill("3");
  const before = mailsTo(visitor.email).length;
  await form.submit();
  await expect(form.status).toContainText("Dank u wel. Wij sturen u een mail met alle informatie.");

  const mail = (await waitForNewMail(visitor.email, before)) as MailWithFiles;
  expect(mail.subject).toBe("U bent aangemeld: Koffie-ochtend in het buurthuis");
  expect(mail.text).toContain("Waar: Buurthuis Heksenberg, Heerlen");
  expect(mail.attachments[0]!.filename).toBe("activiteit.ics");
  expect(parseIcs(mail.attachments[0]!.content)[0]!.SUMMARY).toBe("Koffie-ochtend in het buurthuis");

  // The same address again gets the same answer; only the mail to that address tells the
  // details, with a fresh cancel link that replaces the first one.
  await page.reload();
  await form.signUp({ ...visitor, partySize: "1" });
  await expect(form.status).toContainText("Dank u wel. Wij sturen u een mail met alle informatie.");
  const again = await waitForNewMail(visitor.email, before + 1);
  expect(again.subject).toBe("U was al aangemeld: Koffie-ochtend in het buurthuis");
  expect(again.text).toContain("U komt met 3 personen.");

  const cancelLink = linkIn(again, "/aanmelding/");
  await page.goto(cancelLink);
  await expect(page.getByText("U bent aangemeld met 3 personen.")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Ja, meld mij af" }).click();
  await expect(page.getByText("U heeft zich afgemeld.")).toBeVisible();
  await page.goto(cancelLink);
  await expect(page.getByText("U heeft zich afgemeld.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Ja, meld mij af" })).toHaveCount(0);
  await page.goto("/aanmelding/onbekende-link");
  await expect(page.getByRole("heading", { name: "Deze link werkt niet" })).toBeVisible();
  await expectAccessible(page);
});

test("the sign-up form works without JavaScript and keeps what was typed", async ({ pageAs }) => {
  const page = await pageAs("bezoeker", { javaScriptEnabled: false });
  await page.goto("/activiteiten");
  await page.getByRole("link", { name: "Samen de moestuin klaarmaken" }).click();
  const form = new SignupForm(page);
  const visitor = { name: "Zonder Script", email: `nojs-${unique()}@test.nl`, partySize: "veel" };
  await form.signUp(visitor);
  await expect(form.errorOf("partySize")).toHaveText("Vul een getal in, bijvoorbeeld 2.");
  await expect(form.partySize).toHaveAttribute("aria-invalid", "true");
  await expect(form.name).toHaveValue(visitor.name);
  await expect(form.consent).toBeChecked();
  await form.partySize.fill("7");
  await form.submit();
  await expect(form.errorOf("partySize")).toHaveText("U kunt met hoogstens 6 personen komen per aanmelding.");
  await form.partySize.fill("2");
  await form.submit();
  await expect(form.status).toContainText("Dank u wel. Wij sturen u een mail met alle informatie.");
});

test.describe("an activity from creation to calling it off", () => {
  // Each step works on the activity and the sign-ups of the steps before it.
  test.describe.configure({ mode: "serial" });

  let activityId = "";
  const title = `Buurt-BBQ test ${unique()}`;
  const first = { name: "Anna Jansen", email: `anna-${unique()}@test.nl`, partySize: "2" };
  const second = { name: "Bram de Vries", email: `bram-${unique()}@test.nl`, partySize: "1" };

  test("the buurtwerker creates an activity", async ({ pageAs }) => {
    const page = await pageAs("buurtwerker");
    await page.goto("/beheer/activiteiten");
    await expectAccessible(page);
    await page.getByRole("link", { name: "Nieuwe activiteit" }).click();
    await page.getByLabel(/^Titel/).fill(title);
    await page.getByLabel("Wijk").selectOption({ label: "De Hei" });
    await page.getByLabel("Adres").fill("Plein De Hei 1, Heerlen");
    await page.getByLabel("Begint op").fill(`${nextYear}-06-15T17:00`);
    await page.getByLabel("Eindigt op").fill(`${nextYear}-06-15T16:00`);
    await page.getByLabel("Aanmelden kan tot").fill(`${nextYear}-06-14T12:00`);
    await page.getByLabel("Aantal plekken").fill("2");
    await page.getByRole("button", { name: "Activiteit opslaan" }).click();
    await expect(page.locator("#endsAt-error")).toHaveText("Het einde moet na het begin liggen.");
    await expectAccessible(page);
    await page.getByLabel("Eindigt op").fill(`${nextYear}-06-15T20:00`);
    await page.getByRole("button", { name: "Activiteit opslaan" }).click();
    await expect(page.getByRole("heading", { name: title })).toBeVisible();
    activityId = /\/beheer\/activiteiten\/(\d+)/.exec(page.url())![1]!;
    await expect(page.getByText("zaterdag 15 juni, 17:00 – 20:00").or(page.getByText(/15 juni, 17:00 – 20:00/))).toBeVisible();
    await expectAccessible(page);
  });

  test("a full activity puts the next one on the waiting list; a cancellation promotes them", async ({ page }) => {
    await page.goto(`/activiteiten/${activityId}`);
    const form = new SignupForm(page);
    await form.signUp(first);
    await expect(form.status).toContainText("Dank u wel. Wij sturen u een mail met alle informatie.");

    await page.reload();
    await expect(page.getByText("Vol — wachtlijst")).toBeVisible();
    await form.signUp(second, "Zet mij op de wachtlijst");
    await expect(form.status).toContainText("Dank u wel. Wij sturen u een mail met alle informatie.");
    const waitMail = await waitForNewMail(second.email, 0);
    expect(waitMail.subject).toBe(`Wachtlijst: ${title}`);
    expect(waitMail.text).toContain("U bent nummer 1.");

    const before = mailsTo(second.email).length;
    await page.goto(linkIn(mailsTo(first.email).at(-1)!, "/aanmelding/"));
    await page.getByRole("button", { name: "Ja, meld mij af" }).click();
    await expect(page.getByText("U heeft zich afgemeld.")).toBeVisible();

    const promoted = (await waitForNewMail(second.email, before)) as MailWithFiles;
    expect(promoted.subject).toBe(`U heeft een plek: ${title}`);
    expect(promoted.text).toContain("Er is een plek vrijgekomen");
    expect(promoted.attachments).toHaveLength(1);
  });

  test("the .ics files parse", async ({ request }) => {
    const single = await request.get(`/activiteiten/${activityId}/agenda.ics`);
    expect(single.headers()["content-type"]).toContain("text/calendar");
    const [event] = parseIcs(await single.text());
    expect(event!.SUMMARY).toBe(title);
    expect(event!.DTSTART).toBe(`${nextYear}0615T150000Z`);
    expect(event!.DTEND).toBe(`${nextYear}0615T180000Z`);
    expect(event!.LOCATION).toContain("Plein De Hei 1");
    const feed = parseIcs(await (await request.get("/activiteiten/agenda.ics")).text());
    expect(feed.length).toBeGreaterThan(3);
    expect(feed.map((e) => e.SUMMARY)).toContain(title);
  });

  test("the buurtwerker checks people in and adds a walk-in", async ({ pageAs }) => {
    const page = await pageAs("buurtwerker");
    await page.goto(`/beheer/activiteiten/${activityId}`);
    // At 360 px the sign-ups are stacked cards that fit the screen; the heading counts sign-ups, the totals count people.
    const signedUp = page.getByRole("list", { name: /^Aangemeld: \d+ aanmelding/ });
    await expect(signedUp).toContainText(second.name);
    await expect(signedUp.getByRole("listitem").filter({ hasText: second.name })).toContainText(/\d+ perso(on|nen)/);
    await expect(page.locator("dl").getByText("Personen aangemeld")).toBeVisible();
    await page.screenshot({ path: "test-results/activities-staff-360.png", fullPage: true });
    await expectAccessible(page);
    await page.getByRole("link", { name: "Inchecken op de dag" }).click();
    const person = page.getByRole("button", { name: new RegExp(second.name) });
    await expect(person).toHaveAttribute("aria-pressed", "false");
    await person.click();
    await expect(person).toHaveAttribute("aria-pressed", "true");
    await page.getByLabel("Hoeveel personen komen binnen?").fill("3");
    await page.getByRole("button", { name: "Binnenlopers toevoegen" }).click();
    await expect(page.getByText("Binnenloper: 3")).toBeVisible();
    await expect(page.getByLabel("Hoeveel personen komen binnen?")).toHaveValue("1");
    const totals = page.locator("dl");
    await expect(totals.getByText("Personen gekomen").locator("..")).toContainText("1");
    await expect(totals.getByText("Binnenlopers (personen)").locator("..")).toContainText("3");
    await expectAccessible(page);
    await page.screenshot({ path: "test-results/activities-check-in-360.png", fullPage: true });

    await page.goto(`/beheer/activiteiten/${activityId}/afdrukken`);
    await expect(page.getByRole("heading", { name: title })).toBeVisible();
    await expectAccessible(page);
    await page.emulateMedia({ media: "print" });
    await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
    await page.screenshot({ path: "test-results/activities-print-a4.png", fullPage: true });
    await page.emulateMedia({ media: "screen" });
    const csv = await page.request.get(`/beheer/activiteiten/${activityId}/lijst.csv`);
    expect(await csv.text()).toContain(second.email);
    await page.goto(`/beheer/activiteiten/${activityId}/bewerken`);
    await expect(page.getByLabel("Aantal plekken")).toHaveValue("2");
    await expectAccessible(page);
  });

  test("visitors cannot download the list", async ({ page }) => {
    const csv = await page.request.get(`/beheer/activiteiten/${activityId}/lijst.csv`);
    expect(await csv.text()).not.toContain(second.email);
    await page.goto(`/activiteiten/${activityId}`);
    await page.screenshot({ path: "test-results/activities-detail-360.png", fullPage: true });
  });

  test("a new place reaches everyone who signed up, and so does calling it off", async ({ pageAs }) => {
    const page = await pageAs("buurtwerker");
    await page.goto(`/beheer/activiteiten/${activityId}/bewerken`);
    await expect(page.getByText("Verandert u de tijd of de plek? Dan krijgt iedereen")).toBeVisible();
    const beforeMove = mailsTo(second.email).length;
    await page.getByLabel("Adres").fill("Pleinstraat 3");
    await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
    await expect(page).toHaveURL(new RegExp(`/beheer/activiteiten/${activityId}$`));
    const moved = await waitForNewMail(second.email, beforeMove);
    expect(moved.subject).toBe(`Veranderd: ${title}`);
    expect(moved.text).toContain("Waar: Pleinstraat 3");

    const before = mailsTo(second.email).length;
    await page.goto(`/beheer/activiteiten/${activityId}`);
    await page.getByRole("button", { name: "Activiteit afgelasten" }).click();
    await expect(page.getByText(/^Afgelast\. Iedereen die was aangemeld/)).toBeVisible();
    expect((await waitForNewMail(second.email, before)).subject).toBe(`Gaat niet door: ${title}`);
    await page.goto(`/activiteiten/${activityId}`);
    await expect(page.getByText("Deze activiteit gaat niet door.", { exact: true })).toBeVisible();
  });
});

test("the buurtwerker cannot set fewer places than taken", async ({ pageAs }) => {
  const page = await pageAs("buurtwerker");
  await page.goto("/beheer/activiteiten");
  await page.getByRole("link", { name: /BBQ in Heerlerheide/ }).click();
  await page.getByRole("link", { name: "Activiteit wijzigen" }).click();
  await page.getByLabel("Aantal plekken").fill("5");
  await page.getByRole("button", { name: "Wijzigingen opslaan" }).click();
  await expect(page.locator("#places-error")).toHaveText("Er zijn al 12 plekken bezet. Vul minstens 12 in.");
  await expect(page.getByLabel("Aantal plekken")).toHaveValue("5");
});

test("a resident signs up with the details filled in, and cancels from the account page", async ({ pageAs }) => {
  const page = await pageAs("bewoner");
  await page.goto("/activiteiten");
  await page.getByRole("link", { name: "Kerstmarkt van de buurt" }).click();
  await expect(page).toHaveURL(/\/activiteiten\/\d+$/);
  const activityId = /\/activiteiten\/(\d+)/.exec(page.url())![1]!;
  const form = new SignupForm(page);
  await expect(form.name).toHaveValue("Fatima");
  await expect(form.email).toHaveValue("bewoner@demo.example.org");
  await form.signUp({ partySize: "4" });
  await expect(form.status).toContainText("U bent aangemeld met 4 personen.");
  // A resident is refused the staff pages and the list with personal data, also by direct request.
  const forbiddenCsv = await page.request.get(`/beheer/activiteiten/${activityId}/lijst.csv`);
  expect(forbiddenCsv.status()).toBe(403);
  await page.goto(`/beheer/activiteiten/${activityId}/inchecken`);
  await expect(page.getByRole("heading", { name: "Hier heeft u geen toegang" })).toBeVisible();

  await page.goto("/account");
  await expect(page.getByRole("heading", { name: "Mijn aanmeldingen" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Afmelden voor Kerstmarkt van de buurt" }).click();
  await expect(page.getByText("U heeft zich afgemeld.")).toBeVisible();
});

test("the buurtwerker's list shows places taken and pages through past activities", async ({ pageAs }) => {
  const page = await pageAs("buurtwerker");
  await page.goto("/beheer/activiteiten");
  await expect(page.getByRole("heading", { name: "Activiteiten die nog komen" })).toBeVisible();
  await expect(page.getByRole("link", { name: /BBQ in Heerlerheide · \d+ van \d+ plekken/ })).toBeVisible();
  await page.screenshot({ path: "test-results/activities-staff-list-360.png", fullPage: true });
  await page.getByRole("link", { name: "Geweest" }).click();
  await expect(page.getByRole("heading", { name: "Activiteiten die geweest zijn" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Opruimactie in het park/ })).toBeVisible();
  await expectAccessible(page);
  await page.goto("/beheer/activiteiten?tijd=voorbij&pagina=2");
  await expect(page.getByRole("navigation", { name: "Pagina's" })).toContainText("Pagina 2");
  await page.getByRole("link", { name: "Vorige pagina" }).click();
  await expect(page).toHaveURL(/\/beheer\/activiteiten\?tijd=voorbij$/);
});

test("the past tab shows, a page at a time", async ({ page }) => {
  await page.goto("/activiteiten?tijd=voorbij&pagina=2");
  await expect(page.getByRole("navigation", { name: "Pagina's" })).toContainText("Pagina 2");
  await expect(page.getByRole("link", { name: "Volgende pagina" })).toHaveCount(0);
  await page.getByRole("link", { name: "Vorige pagina" }).click();
  await expect(page).toHaveURL(/\/activiteiten\?tijd=voorbij$/);
  await expect(page.getByRole("link", { name: "Opruimactie in het park" })).toBeVisible();
  await expectAccessible(page);
});
