import { SIGNUP_MAIL_SENT } from "@/lib/activities/signup-answer";
import type { Page, Response } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { expect, test } from "../support/fixtures";
import { createActivity, publishedInitiative, withdrawInitiative } from "../support/http";
import { SignupForm } from "../support/signup-form";

/**
 * A form posted without JavaScript answers a successful write with a 303 to the page (with a
 * fixed note in the address) instead of rendering the whole page for that one person; with
 * JavaScript the answer stays at the form and the address does not change.
 */

const unique = () => `${Date.now()}-${Math.round(Math.random() * 1e6)}`;

/** A new resident, signed in, with a name (the first sign-in asks for one). */
async function newResident(pageAsResident: (email: string) => Promise<Page>, name: string): Promise<Page> {
  const page = await pageAsResident(`${name.toLowerCase()}-${unique()}@voorbeeld.nl`);
  await page.getByLabel("Uw naam op dit platform").fill(name);
  await page.getByRole("button", { name: "Opslaan en verder" }).click();
  await expect(page.getByRole("heading", { name: "Mijn account" })).toBeVisible();
  return page;
}

/** Clicks the button and returns the answer to the form's post. */
async function post(page: Page, button: string): Promise<Response> {
  const answer = page.waitForResponse((response) => response.request().method() === "POST");
  await page.getByRole("button", { name: button, exact: true }).click();
  return answer;
}

test("without JavaScript, backing, helping and following answer with a redirect to the idea, which shows what happened", async ({ baseURL, pageAs, pageAsResident }) => {
  const id = await publishedInitiative(baseURL!, `Doorsturen ${unique()}`);
  const signedIn = await newResident(pageAsResident, "Doorsturen");
  const page = await pageAs(signedIn, { javaScriptEnabled: false });
  const path = `/initiatieven/${id}`;
  await page.goto(path);
  const support = page.getByRole("region", { name: "Steun" });
  const follow = page.getByRole("region", { name: "Volgen" });

  const backed = await post(page, "Steunen");
  expect(backed.status()).toBe(303);
  expect(backed.headers().location).toBe(`${path}?gelukt=steun#steun`);
  await expect(page).toHaveURL(`${baseURL}${path}?gelukt=steun#steun`);
  await expect(support.getByRole("status")).toHaveText("Dank u wel! U steunt dit idee.");
  await expect(support.getByRole("button", { name: "Steun weghalen" })).toBeVisible();

  await page.getByLabel("Wat kunt u doen?").fill("Ik kan op zaterdag klussen.");
  expect((await post(page, "Ik help mee")).status()).toBe(303);
  await expect(support.getByRole("status")).toHaveText("Dank u wel! De initiatiefnemer ziet dat u wilt helpen.");

  // Backing also follows the idea.
  const unfollowed = await post(page, "Niet meer volgen");
  expect(unfollowed.status()).toBe(303);
  expect(unfollowed.headers().location).toBe(`${path}?gelukt=niet-volgen#volgen`);
  await expect(follow.getByRole("status")).toHaveText("U volgt dit idee niet meer.");
  await expect(support.getByRole("status"), "one note, where the form was").toHaveCount(0);
  expect((await post(page, "Volg dit idee")).status()).toBe(303);
  await expect(follow.getByRole("status")).toHaveText("Gelukt: u volgt dit idee.");
  // When they will hear is said once, in the panel.
  await expect(follow.getByText(/Dan krijgt u|U krijgt geen mail, want/)).toHaveCount(1);

  expect((await post(page, "Steun weghalen")).status()).toBe(303);
  await expect(support.getByRole("status")).toHaveText("Uw steun is weggehaald.");
  await expect(support.getByRole("button", { name: "Steunen", exact: true })).toBeVisible();

  // A key that is not on the list shows nothing.
  await page.goto(`${path}?gelukt=%3Cb%3Ehallo%3C%2Fb%3E`);
  await expect(page.getByRole("status")).toHaveCount(0);
  // axe runs in the page itself, so it needs JavaScript: the page with the note, checked with it.
  await signedIn.goto(`${path}?gelukt=steun#steun`);
  await expectNoAxeViolations(signedIn);
  await withdrawInitiative(baseURL!, id);
});

test("with JavaScript, following answers at the form and the address stays the same", async ({ baseURL, pageAsResident }) => {
  const id = await publishedInitiative(baseURL!, `Blijven ${unique()}`);
  const page = await newResident(pageAsResident, "Blijven");
  const path = `/initiatieven/${id}`;
  await page.goto(path);
  await page.getByRole("button", { name: "Steunen", exact: true }).click();
  await expect(page.getByRole("button", { name: "Steun weghalen" })).toBeVisible();
  await page.getByRole("button", { name: "Niet meer volgen" }).click();
  await expect(page.getByRole("region", { name: "Volgen" }).getByText("U volgt dit idee niet meer.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Volg dit idee" })).toBeVisible();
  await expect(page).toHaveURL(`${baseURL}${path}`);
  await withdrawInitiative(baseURL!, id);
});

test("a visitor's sign-up without JavaScript answers with a redirect to the activity, whose page with the note comes from the page cache", async ({ baseURL, pageAs, request }) => {
  const id = await createActivity(baseURL!, `Doorsturen ${unique()}`, 10);
  const path = `/activiteiten/${id}`;
  const page = await pageAs("bezoeker", { javaScriptEnabled: false });
  await page.goto(path);
  const form = new SignupForm(page);
  await form.fill({ name: "Zonder Script", email: `doorsturen-${unique()}@voorbeeld.nl`, partySize: 2 });
  const answer = await post(page, "Aanmelden");
  expect(answer.status()).toBe(303);
  expect(answer.headers().location).toBe(`${path}?gelukt=aanmelding-mail#aanmelden`);
  await expect(form.status).toHaveText(SIGNUP_MAIL_SENT);
  await expect(page.getByRole("link", { name: "Nog iemand aanmelden" })).toBeVisible();

  // The note is a fixed text: the page with it is the same for everyone, so it is cached.
  await request.get(`${path}?gelukt=aanmelding-mail`);
  const again = await request.get(`${path}?gelukt=aanmelding-mail`);
  expect(again.headers()["x-page-cache"]).toBe("hit");
  expect(await again.text()).toContain(SIGNUP_MAIL_SENT);
});

test("without JavaScript, a resident's choices and party size on /account and a buurtwerker's check-in go back to the form, which shows its note", async ({ baseURL, pageAs, pageAsResident }) => {
  const title = `Terug naar het formulier ${unique()}`;
  const id = await createActivity(baseURL!, title, 10);
  const email = `keuzes-${unique()}@voorbeeld.nl`;
  const signedIn = await pageAsResident(email);
  await signedIn.getByLabel("Uw naam op dit platform").fill("Keuzes");
  await signedIn.getByRole("button", { name: "Opslaan en verder" }).click();
  await expect(signedIn.getByRole("heading", { name: "Mijn account" })).toBeVisible();
  const page = await pageAs(signedIn, { javaScriptEnabled: false });

  await page.goto(`/activiteiten/${id}`);
  await new SignupForm(page).fill({ name: "Keuzes Doorsturen", email, partySize: 1 });
  expect((await post(page, "Aanmelden")).status()).toBe(303);

  await page.goto("/account");
  const saved = await post(page, "Keuze bewaren");
  expect(saved.status()).toBe(303);
  expect(saved.headers().location).toBe("/account?gelukt=keuze#gelukt-keuze");
  await expect(page.getByRole("status")).toHaveText("Uw keuze is bewaard.");

  await page.getByLabel(`Met hoeveel personen komt u naar ${title}?`).fill("2");
  const resized = await post(page, "Aantal opslaan");
  expect(resized.status()).toBe(303);
  expect(resized.headers().location).toMatch(/^\/account\?gelukt=aantal-\d+#gelukt-aantal-\d+$/);
  await expect(page.getByRole("status")).toHaveText("Het aantal personen is opgeslagen.");
  await expect(page.getByLabel(`Met hoeveel personen komt u naar ${title}?`)).toHaveValue("2");

  const staff = await pageAs("buurtwerker", { javaScriptEnabled: false });
  await staff.goto(`/beheer/activiteiten/${id}/inchecken`);
  const guest = staff.getByRole("button", { name: /Keuzes Doorsturen/ });
  await expect(guest).toHaveAttribute("aria-pressed", "false");
  const answer = staff.waitForResponse((response) => response.request().method() === "POST");
  await guest.click();
  expect((await answer).status()).toBe(303);
  await expect(guest).toHaveAttribute("aria-pressed", "true");
  await expect(staff.getByRole("status")).toHaveText("Opgeslagen.");
  // axe runs in the page itself, so it needs JavaScript: the page with the note, checked with it.
  await signedIn.goto("/account?gelukt=keuze#gelukt-keuze");
  await expectNoAxeViolations(signedIn);
});
