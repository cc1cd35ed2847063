import fs from "node:fs";
import Database from "better-sqlite3";
import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { E2E_DB, one } from "../support/db";
import { expect, test } from "../support/fixtures";
import { waitForNewText } from "../support/sms";
import { TAKE_NOTES } from "@/lib/meedoen/messages";

const TASK = `Soep koken voor de buren ${Date.now() % 100000}`;

/** A fresh Dutch mobile number per run: as typed, and as stored and texted (E.164). */
function newNumber() {
  const digits = `2${String(Math.floor(Math.random() * 10_000_000)).padStart(7, "0")}`;
  return { typed: `06 ${digits.slice(0, 4)} ${digits.slice(4)}`, e164: `+316${digits}` };
}

/** The date has begun: the host may now mark who came (a script does what the clock would). */
function moveIntoThePast(placeId: number) {
  const db = new Database(E2E_DB);
  const now = Date.now();
  db.prepare("UPDATE help_places SET starts_at = ?, ends_at = ? WHERE id = ?").run(now - 3 * 3600_000, now - 3600_000, placeId);
  db.close();
}

async function offerPlace(page: Page): Promise<number> {
  const ideaId = one("SELECT id FROM initiatives WHERE title = 'Moestuin achter de flat'");
  await page.goto(`/initiatieven/${ideaId}`);
  await page.getByRole("link", { name: "Plek om te helpen aanbieden" }).click();
  await expect(page.getByRole("heading", { name: "Plek om te helpen aanbieden" })).toBeVisible();
  // Nothing filled in: every error at its field, the typed host name kept.
  await page.getByRole("button", { name: "Plek aanbieden" }).click();
  await expect(page.locator("#task-error")).toHaveText(/Schrijf/);
  await expect(page.locator("#startsAt-error")).toHaveText("Vul in wanneer het begint.");
  await expect(page.getByLabel("Uw voornaam")).toHaveValue("Fatima");
  await expectNoAxeViolations(page);
  await fillOffer(page, TASK, "2030-03-02T10:00", "2030-03-02T12:00");
  await page.getByLabel("Aantal helpers").fill("2");
  return submitOffer(page, TASK);
}

async function fillOffer(page: Page, task: string, startsAt: string, endsAt: string) {
  await page.getByLabel("Wat komt iemand doen?").fill(task);
  await page.getByLabel("Adres").fill("Stackstraat 12");
  await page.getByLabel("Begint op").fill(startsAt);
  await page.getByLabel("Eindigt op").fill(endsAt);
}

/** Sends the offer form; the host lands on the new place's requests. */
async function submitOffer(page: Page, task: string): Promise<number> {
  await page.getByRole("button", { name: "Plek aanbieden" }).click();
  await expect(page.getByRole("heading", { name: `Wie wil helpen: ${task}` })).toBeVisible();
  return Number(/\/meedoen\/(\d+)\/aanmeldingen/.exec(page.url())![1]);
}

test("an initiator offers a place; a resident takes it with only a phone number; the host accepts and marks who came; the certificate checks", async ({ pageAs }) => {
  const host = await pageAs("bewoner");
  const placeId = await offerPlace(host);
  await expect(host.getByText("Er heeft zich nog niemand gemeld.")).toBeVisible();

  const visitor = await pageAs("bezoeker");
  await visitor.goto("/meedoen");
  await visitor.getByRole("link", { name: TASK }).click();
  await expect(visitor.getByRole("heading", { name: TASK })).toBeVisible();
  await expect(visitor.getByText("U helpt samen met: Fatima")).toBeVisible();
  await expect(visitor.getByText("Nog 2 plekken")).toBeVisible();
  await visitor.screenshot({ path: "test-results/meedoen-place.png", fullPage: true });
  await visitor.getByRole("button", { name: "Ik help mee" }).click();
  await expect(visitor.locator("#name-error")).toHaveText("Vul uw naam in.");
  await expect(visitor.locator("#phone-error")).toHaveText("Vul uw mobiele nummer in. Daar krijgt u het antwoord.");
  await expectNoAxeViolations(visitor);
  const number = newNumber();
  await visitor.getByLabel("Uw voornaam").fill("Karin");
  await visitor.getByLabel("Uw mobiele nummer").fill(number.typed);
  await visitor.getByLabel(/Ik vind het goed/).check();
  await visitor.getByRole("button", { name: "Ik help mee" }).click();
  await expect(visitor.getByRole("status")).toHaveText("Dank u wel! U krijgt een sms als de gastheer of gastvrouw ja of nee zegt.");
  await expectNoAxeViolations(visitor);
  const taken = await waitForNewText(number.e164, 0);
  expect(taken.text).toMatch(/\/meedoen\/afmelden code \d{6}$/);
  expect(taken.text).not.toContain("Soep");

  // The host sees a volunteer's first name and nothing more, and says yes.
  await host.reload();
  const request = host.getByRole("listitem").filter({ hasText: "Vrijwilliger: Karin" });
  await expect(request).toBeVisible();
  await expect(host.getByText(number.e164)).toHaveCount(0);
  await expectNoAxeViolations(host);
  await request.getByRole("button", { name: "Ja, welkom" }).click();
  await expect(request).toContainText("Komt helpen");
  await expect(request.getByRole("button", { name: "Ja, welkom" })).toHaveCount(0);
  expect((await waitForNewText(number.e164, 1)).text).toMatch(/^Goed nieuws: u kunt komen helpen op /);

  // After the date: came, with a skill for the certificate.
  moveIntoThePast(placeId);
  await host.reload();
  const helper = host.getByRole("listitem").filter({ hasText: "Vrijwilliger: Karin" });
  await helper.getByLabel("Koken").check();
  await helper.getByRole("button", { name: "Gekomen", exact: true }).click();
  await expect(helper).toContainText("Opgeslagen: gekomen.");
  await expect(helper).toContainText("Was er");
  await expect(helper.getByLabel("Koken")).toBeChecked();
  await host.screenshot({ path: "test-results/meedoen-host.png", fullPage: true });
  await expectNoAxeViolations(host);

  const code = one<string>("SELECT certificate_code FROM help_takes WHERE phone = ?", number.e164);
  // The guest has no account: the address of the certificate comes by text message.
  expect((await waitForNewText(number.e164, 2)).text).toContain(`/meedoen/bewijs/${code}`);
  await visitor.goto(`/meedoen/bewijs/${code}`);
  await expect(visitor.getByRole("heading", { name: "Ik deed mee" })).toBeVisible();
  const certificate = visitor.locator(".certificate");
  for (const shown of ["Karin", TASK, "Moestuin achter de flat", "2 uur", "Fatima", "Koken", code]) await expect(certificate).toContainText(shown);
  await expect(certificate).not.toContainText(number.e164);
  await expectNoAxeViolations(visitor);
  // The PDF download: one A4 page with the same facts.
  const [download] = await Promise.all([visitor.waitForEvent("download"), visitor.getByRole("link", { name: "Download als PDF" }).click()]);
  expect(download.suggestedFilename()).toBe(`ik-deed-mee-${code}.pdf`);
  const pdf = fs.readFileSync((await download.path())!).toString("latin1");
  expect(pdf.startsWith("%PDF-")).toBe(true);
  expect(pdf).toContain("/MediaBox [0 0 595.28 841.89]");
  for (const shown of ["Karin", TASK, "2 uur", "Fatima", "Koken", `Code: ${code}`]) expect(pdf).toContain(shown);
  expect(pdf).not.toContain(number.e164);
  await visitor.emulateMedia({ media: "print" });
  await expect(visitor.getByRole("link", { name: "Download als PDF" })).toBeHidden();
  await expect(certificate).toBeVisible();
  await visitor.emulateMedia({ media: "screen" });
  // A made-up code finds nothing.
  const wrong = await visitor.goto(`/meedoen/bewijs/${code === "AAAAAAAAAA" ? "BBBBBBBBBB" : "AAAAAAAAAA"}`);
  expect(wrong?.status()).toBe(404);
});

test("a signed-in resident takes a place in one tap and withdraws it; sees their places and hours on the account page and prints the certificate on A4", async ({ pageAs }) => {
  const page = await pageAs("bewoner");
  await page.goto("/meedoen");
  await page.getByRole("link", { name: "Samen met buren een lamp ophangen of een kraan maken." }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Samen met buren een lamp ophangen of een kraan maken." })).toBeVisible();
  const placesLeft = await page.getByText(/^Nog \d+ plekken?$/).textContent();
  await page.getByRole("button", { name: "Ik help mee" }).click();
  // The page is rendered again with the person's own take.
  await expect(page.getByRole("status")).toHaveText("U heeft zich gemeld. Binnen 5 dagen hoort u of u kunt komen.");
  await expect(page.getByText(placesLeft!)).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Ik kan toch niet" }).click();
  await expect(page.getByRole("status")).toHaveText("U bent afgemeld. De plek is weer vrij voor iemand anders.");
  await expect(page.getByRole("button", { name: "Ik help mee" })).toBeVisible();
  await expect(page.getByText(placesLeft!)).toBeVisible();

  await page.goto("/account");
  const section = page.locator("section", { has: page.getByRole("heading", { name: "Meedoen", exact: true }) });
  await expect(section).toContainText("Schommels en hekjes verven in de speeltuin.");
  await expect(section).toContainText("U was er: 4 uur.");
  await section.getByRole("link", { name: 'Bewijs "Ik deed mee" afdrukken' }).click();
  await expect(page.getByRole("heading", { name: "Ik deed mee" })).toBeVisible();
  await expect(page.locator(".certificate")).toContainText("Op tijd komen");
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/meedoen-certificate.png", fullPage: true });
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("header").first()).toBeHidden();
  await expect(page.getByText("Afdrukken? Kies")).toBeHidden();
  await expect(page.locator(".certificate")).toBeVisible();
});

test("a place on three dates: a guest takes all of them in one step and cancels them with the code from the text message", async ({ pageAs }) => {
  const task = `Bladeren harken ${Date.now() % 100000}`;
  const host = await pageAs("bewoner");
  const ideaId = one("SELECT id FROM initiatives WHERE title = 'Moestuin achter de flat'");
  await host.goto(`/meedoen/nieuw?idee=${ideaId}`);
  await fillOffer(host, task, "2030-04-06T10:00", "2030-04-06T12:30");
  // The same day twice is refused at its field; what was typed stays.
  await host.getByLabel("Dag 2").fill("2030-04-06");
  await host.getByRole("button", { name: "Plek aanbieden" }).click();
  await expect(host.locator("#date2-error")).toHaveText(/Deze dag staat er al/);
  await expect(host.getByLabel("Wat komt iemand doen?")).toHaveValue(task);
  await host.getByLabel("Dag 2").fill("2030-04-13");
  await host.getByLabel("Dag 3").fill("2030-04-20");
  const placeId = await submitOffer(host, task);

  const visitor = await pageAs("bezoeker");
  await visitor.goto(`/meedoen/${placeId}`);
  await expect(visitor.getByRole("heading", { name: "Deze plek is op 3 dagen" })).toBeVisible();
  await expect(visitor.getByRole("link", { name: /13 april/ })).toBeVisible();
  await expectNoAxeViolations(visitor);
  await visitor.screenshot({ path: "test-results/meedoen-dates.png", fullPage: true });
  await visitor.getByLabel("Alle 3 dagen").check();
  const number = newNumber();
  await visitor.getByLabel("Uw voornaam").fill("Henk");
  await visitor.getByLabel("Uw mobiele nummer").fill(number.typed);
  await visitor.getByLabel(/Ik vind het goed/).check();
  await visitor.getByRole("button", { name: "Ik help mee" }).click();
  await expect(visitor.getByRole("status")).toHaveText("Dank u wel! U heeft zich gemeld voor 3 dagen. U krijgt een sms als de gastheer of gastvrouw ja of nee zegt.");
  expect(one<number>("SELECT count(*) FROM help_takes WHERE phone = ?", number.e164)).toBe(3);
  const text = (await waitForNewText(number.e164, 0)).text;
  expect(text).toMatch(/^U wilt helpen op 3 dagen, eerst /);
  const code = /code (\d{6})$/.exec(text)![1]!;

  await visitor.goto(`/meedoen/${placeId}`);
  await visitor.getByRole("link", { name: "Afmelden met de code uit uw sms" }).click();
  await expect(visitor.getByRole("heading", { name: "Afmelden voor een plek om te helpen" })).toBeVisible();
  await visitor.getByLabel("Uw mobiele nummer").fill(number.typed);
  await visitor.getByLabel("Code uit de sms").fill(code === "000000" ? "111111" : "000000");
  await visitor.getByRole("button", { name: "Meld mij af" }).click();
  await expect(visitor.getByText("Dit nummer en deze code horen niet bij elkaar.")).toBeVisible();
  await expect(visitor.getByLabel("Uw mobiele nummer")).toHaveValue(number.typed);
  await visitor.getByLabel("Code uit de sms").fill(code);
  await visitor.getByRole("button", { name: "Meld mij af" }).click();
  await expect(visitor.getByRole("status")).toHaveText("U bent afgemeld voor 3 dagen. De plek is weer vrij voor iemand anders.");
  await expectNoAxeViolations(visitor);
  expect(one<number>("SELECT count(*) FROM help_takes WHERE phone = ?", number.e164)).toBe(0);
  await visitor.goto(`/meedoen/${placeId}`);
  await expect(visitor.getByText("Nog 2 plekken").first()).toBeVisible();
});

test("the list filters by wijk and by this week", async ({ page }) => {
  await page.goto("/meedoen");
  await expect(page.getByRole("heading", { name: "Meedoen", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Kraampjes opbouwen voor de kerstmarkt." })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "test-results/meedoen-list.png", fullPage: true });
  await page.getByLabel("Wanneer").selectOption({ label: "Deze week" });
  await page.getByRole("button", { name: "Toon" }).click();
  await expect(page.getByRole("link", { name: "Plantenbakken vullen met aarde en zaadjes planten." })).toBeVisible();
  await expect(page.getByRole("link", { name: "Kraampjes opbouwen voor de kerstmarkt." })).toHaveCount(0);
  await page.getByLabel("Wijk").selectOption({ label: "Heksenberg" });
  await page.getByRole("button", { name: "Toon" }).click();
  await expect(page.getByRole("link", { name: "Samen met buren een lamp ophangen of een kraan maken." })).toBeVisible();
  await expect(page.getByRole("link", { name: "Plantenbakken vullen met aarde en zaadjes planten." })).toHaveCount(0);
});

/** Coming places written by a script (as an import would), two months ahead (after every demo place), an hour apart from `firstHour` on. */
function addPlaces(wijkId: number, tasks: string[], firstHour = 0) {
  const db = new Database(E2E_DB);
  const from = Date.now() + 60 * 86_400_000 + firstHour * 3600_000;
  const insert = db.prepare("INSERT INTO help_places (task, bring, wijk_id, address, starts_at, ends_at, places, host_name, created_at) VALUES (?, '', ?, 'Buurthuis', ?, ?, 2, 'Anna', ?)");
  tasks.forEach((task, n) => insert.run(task, wijkId, from + n * 3600_000, from + (n + 2) * 3600_000, Date.now()));
  db.close();
}

test("without JavaScript the list comes in pages of 20, soonest first; the filters stay in the paging links; a new place shows within a step", async ({ pageAs }) => {
  const id = one("SELECT id FROM wijken WHERE id NOT IN (SELECT wijk_id FROM help_places) ORDER BY id LIMIT 1");
  const wijk = { id, name: one<string>("SELECT name FROM wijken WHERE id = ?", id) };
  const run = Date.now() % 100000;
  const task = (n: number) => `Helpen bij de buren ${run} nummer ${String(n).padStart(2, "0")}`;
  addPlaces(wijk.id, Array.from({ length: 25 }, (_, n) => task(n + 1)));
  const visitor = await pageAs("bezoeker", { javaScriptEnabled: false });
  const cards = visitor.locator('[id^="plek-"]');

  await visitor.goto("/meedoen");
  await visitor.getByLabel("Wijk").selectOption({ label: wijk.name });
  await visitor.getByRole("button", { name: "Toon" }).click();
  await expect(cards).toHaveCount(20);
  await expect(cards.first()).toContainText(task(1));
  await expect(cards.last()).toContainText(task(20));
  await expect(visitor.getByRole("link", { name: "Vorige pagina" })).toHaveCount(0);
  await visitor.getByRole("link", { name: "Volgende pagina" }).click();
  await expect(visitor).toHaveURL(new RegExp(`/meedoen\\?wijk=${wijk.id}&pagina=2$`));
  await expect(cards).toHaveCount(5);
  await expect(cards.first()).toContainText(task(21));
  await expect(visitor.getByText("Pagina 2", { exact: true })).toBeVisible();
  await expect(visitor.getByRole("link", { name: "Volgende pagina" })).toHaveCount(0);
  await expect(visitor.getByRole("link", { name: "Vorige pagina" })).toHaveAttribute("href", `/meedoen?wijk=${wijk.id}`);
  await visitor.screenshot({ path: "test-results/meedoen-list-page-2.png", fullPage: true });

  // "Deze week" is kept too (this page is empty: these places are two months ahead).
  await visitor.goto(`/meedoen?wijk=${wijk.id}&week=deze&pagina=2`);
  await expect(visitor.getByRole("link", { name: "Vorige pagina" })).toHaveAttribute("href", `/meedoen?wijk=${wijk.id}&week=deze`);

  // The page comes from the page cache, and a new place drops it.
  const pageTwo = `/meedoen?wijk=${wijk.id}&pagina=2`;
  await visitor.request.get(pageTwo);
  expect((await visitor.request.get(pageTwo)).headers()["x-page-cache"]).toBe("hit");
  addPlaces(wijk.id, [task(99)], 30);
  // A script's write is answered to nobody: it shows at once, or at the next step while other
  // writes keep the list busy (lib/platform/page-cache/tag-log.ts, STEP_MS).
  await expect.poll(async () => (await visitor.goto(pageTwo), cards.count())).toBe(6);
  await expect(cards.last()).toContainText(task(99));
});

test("without JavaScript a guest's take answers with a redirect to the place, as an activity sign-up does, and the place says what happens next", async ({ pageAs }) => {
  const task = `Stoelen zetten voor de buren ${Date.now() % 100000}`;
  addPlaces(1, [task]);
  const placeId = one("SELECT id FROM help_places WHERE task = ?", task);
  const number = newNumber();
  const visitor = await pageAs("bezoeker", { javaScriptEnabled: false });
  await visitor.goto(`/meedoen/${placeId}`);
  await visitor.getByLabel("Uw voornaam").fill("Karin");
  await visitor.getByLabel("Uw mobiele nummer").fill(number.typed);
  await visitor.getByLabel(/Ik vind het goed/).check();
  const answer = visitor.waitForResponse((response) => response.request().method() === "POST");
  await visitor.getByRole("button", { name: "Ik help mee" }).click();
  const posted = await answer;
  expect(posted.status()).toBe(303);
  expect(posted.headers().location).toBe(`/meedoen/${placeId}?gelukt=meehelpen-sms#meehelpen`);
  await expect(visitor.getByRole("status")).toHaveText(TAKE_NOTES["meehelpen-sms"]);
  await expect(visitor.getByText("Nog 1 plek", { exact: true })).toBeVisible();
  expect(one("SELECT count(*) FROM help_takes WHERE place_id = ? AND phone = ?", placeId, number.e164)).toBe(1);
  await visitor.getByRole("link", { name: "Nog iemand aanmelden" }).click();
  await expect(visitor.getByRole("button", { name: "Ik help mee" })).toBeVisible();
});
