import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { gotoCurrentFigures } from "../support/figures";
import { expect, test } from "../support/fixtures";
import { mailsTo, waitForNewMail } from "../support/mail";
import { fillTrajectoryTerms } from "../support/trajectories";

const RUN = Date.now() % 100000;
const CLIENT = { name: `Zwaluwtje${RUN}`, email: `deelnemer-${RUN}@demo.example.org`, typedPhone: "06 4812 7731", phone: "+31648127731" };
/** Words that would tell a reader that someone is in a trajectory or on social assistance. */
const GIVEAWAY = /traject|bijstand|uitkering|participatieladder/i;

/** Everything that must not show anywhere outside the coach's and the client's own pages. */
function expectNoTraceOfTheClient(html: string, where: string) {
  for (const secret of [CLIENT.name, CLIENT.email, CLIENT.phone, "4812 7731", "648127731"]) expect(html, `${where} names the client (${secret})`).not.toContain(secret);
}

async function startTrajectory(coach: Page): Promise<void> {
  await coach.goto("/coach");
  await expect(coach.getByRole("heading", { name: "Mijn deelnemers" })).toBeVisible();
  await coach.getByRole("link", { name: "Nieuw traject" }).click();
  await expect(coach.getByRole("heading", { name: "Nieuw traject" })).toBeVisible();
  await coach.getByLabel("E-mailadres van de deelnemer").fill(CLIENT.email);
  // Without consent nothing starts; what was typed stays.
  await coach.getByRole("button", { name: "Traject starten" }).click();
  await expect(coach.locator("#consent-error")).toHaveText("De deelnemer moet eerst toestemming geven. Lees de tekst samen en zet dan het vinkje.");
  await expect(coach.getByLabel("E-mailadres van de deelnemer")).toHaveValue(CLIENT.email);
  await expectNoAxeViolations(coach);
  await coach.getByLabel("06-nummer van de deelnemer").fill(CLIENT.typedPhone);
  await coach.getByLabel("Voornaam", { exact: true }).fill(CLIENT.name);
  await fillTrajectoryTerms(coach, { hours: "8", kind: "Sociale activering", group: "D", step: "2. Sociale contacten buiten de deur" });
  await coach.screenshot({ path: "test-results/coach-start.png", fullPage: true });
  await coach.getByRole("button", { name: "Traject starten" }).click();
  await expect(coach.getByRole("heading", { name: CLIENT.name })).toBeVisible();
}

test("a coach starts a trajectory with consent, suggests a place and records a ladder step; no one else finds a trace", async ({ pageAs, pageAsResident, clientAs }) => {
  const coach = await pageAs("participatiecoach");
  await startTrajectory(coach);
  await expect(coach.getByText("Ladder nu: 2. Sociale contacten buiten de deur")).toBeVisible();
  await expectNoAxeViolations(coach);

  // A place to help: the client gets a mail with the link, in words that say nothing about a trajectory.
  const places = coach.getByLabel("Plek om te helpen", { exact: true });
  const placeId = await places.locator("option").nth(1).getAttribute("value");
  await places.selectOption(placeId!);
  const before = mailsTo(CLIENT.email).length;
  await coach.getByRole("button", { name: "Stuur de plek naar de deelnemer" }).click();
  await expect(coach.getByText("De deelnemer krijgt een bericht met de plek.")).toBeVisible();
  const mail = await waitForNewMail(CLIENT.email, before);
  expect(mail.text).toContain(`/meedoen/${placeId}`);
  expect(`${mail.subject} ${mail.text}`).not.toMatch(GIVEAWAY);
  expect(`${mail.subject} ${mail.text}`).not.toMatch(/coach/i);

  // A review one step up.
  await coach.getByLabel("Stap op de participatieladder", { exact: true }).selectOption({ label: "3. Deelname aan georganiseerde activiteiten" });
  await coach.getByLabel("Wat hebben jullie besproken? (mag leeg)").fill("Wil graag koken.");
  await coach.getByRole("button", { name: "Evaluatie opslaan" }).click();
  await expect(coach.getByText("De evaluatie is opgeslagen.")).toBeVisible();
  await coach.reload();
  await expect(coach.getByText("Ladder nu: 3. Deelname aan georganiseerde activiteiten")).toBeVisible();
  await coach.screenshot({ path: "test-results/coach-file.png", fullPage: true });

  // The client sees it all on their own page: the coach, the consent, and who looked.
  const client = await pageAsResident(CLIENT.email);
  await client.goto("/account");
  await expect(client.getByRole("heading", { name: "Mijn traject" })).toBeVisible();
  await expect(client.getByText("Uw begeleider: Yvonne")).toBeVisible();
  await expect(client.getByText("Uw begeleider houdt op deze website bij wat u doet in uw traject.", { exact: false })).toBeVisible();
  await expect(client.getByRole("heading", { name: "Wie keek in uw dossier en wanneer" })).toBeVisible();
  await expect(client.getByText(/Yvonne bekeek uw dossier/).first()).toBeVisible();
  await expectNoAxeViolations(client);
  await client.screenshot({ path: "test-results/client-account.png", fullPage: true });

  // A buurtwerker (the host's side), an alliance member and the beheerder look everywhere they can.
  const looks: { who: "buurtwerker" | "alliantie" | "beheerder"; paths: string[] }[] = [
    { who: "buurtwerker", paths: [`/meedoen/${placeId}/aanmeldingen`, `/meedoen/${placeId}`, "/meedoen", "/beheer", "/beheer/blokkeren"] },
    { who: "alliantie", paths: ["/dashboard", "/dashboard/tabel/trajecten", "/dashboard/tabel/meedoen"] },
    { who: "beheerder", paths: ["/beheer/logboek", `/meedoen/${placeId}/aanmeldingen`, "/dashboard"] },
  ];
  for (const { who, paths } of looks) {
    const page = await pageAs(who);
    for (const path of paths) {
      await gotoCurrentFigures(page, path);
      const html = await page.content();
      expectNoTraceOfTheClient(html, `${path} as ${who}`);
      // Only the figures speak of trajectories, and only as rounded counts.
      if (!path.startsWith("/dashboard")) expect(html, `${path} as ${who}`).not.toMatch(GIVEAWAY);
    }
    const http = await clientAs(who === "buurtwerker" ? "bezoeker" : who);
    for (const path of who === "alliantie" ? ["/dashboard/csv?tabel=trajecten", "/dashboard/csv?tabel=meedoen", "/dashboard/csv?tabel=deelnemers"] : ["/api/v1/stats", "/api/v1/stats.csv", "/api/v1/activities"]) {
      const body = await (await http.get(path)).text();
      expectNoTraceOfTheClient(body, `${path} as ${who}`);
      expect(body, path).not.toMatch(/bijstand/i);
    }
  }

  // Searched for by address, the account is there, as any resident's is: a bewoner, nothing more.
  const beheerder = await pageAs("beheerder");
  await beheerder.goto(`/beheer/gebruikers?q=${encodeURIComponent(CLIENT.email)}`);
  const row = beheerder.getByRole("main").getByRole("listitem").filter({ hasText: CLIENT.email });
  await expect(row.getByRole("combobox")).toHaveValue("bewoner");
  expect(await beheerder.content()).not.toMatch(GIVEAWAY);
  // The coach's work shows only as a line that names no one.
  await beheerder.goto("/beheer/logboek");
  await expect(beheerder.getByText("Yvonne (participatiecoach) werkte in een dossier.").first()).toBeVisible();
  // And the beheerder can never open a file.
  const refused = await beheerder.goto(coach.url());
  expect(refused?.status()).toBe(403);
});
