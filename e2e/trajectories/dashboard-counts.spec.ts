import type { Page } from "@playwright/test";
import { openDatabase } from "@/db/client";
import { startTrajectory } from "@/lib/trajectories/commands/start";
import { startSchema } from "@/lib/trajectories/schema";
import { E2E_DB, one } from "../support/db";
import { gotoCurrentFigures } from "../support/figures";
import { expect, test } from "../support/fixtures";
import { e164, fillTrajectoryTerms } from "../support/trajectories";

const RUN = Date.now() % 100000;
const TYPED_PHONE = `06 4827 ${String(RUN % 10000).padStart(4, "0")}`;
const TENTH = { name: `Kwikstaart${RUN}`, typedPhone: TYPED_PHONE, phone: e164(TYPED_PHONE) };
const GIVEAWAY = /traject|bijstand|uitkering|participatieladder/i;
const CAPTION = (count: string) => `${count} van 600 mensen in een participatietraject`;

/** Trajectories counted "in total" now: the open and ended ones, and the anonymous tallies of removed ones. */
const totalNow = () => one<number>("SELECT (SELECT count(*) FROM trajectories) + (SELECT count(*) FROM trajectory_tally)");

/** Brings the total to nine through the real command, for accounts of the second demo coach. */
function fillToNine(): void {
  const db = openDatabase(E2E_DB);
  try {
    const coach = { id: one<string>("SELECT id FROM users WHERE email = 'coach2@demo.example.org'"), name: "Ilse" };
    const missing = 9 - totalNow();
    expect(missing, "this spec needs a run with at most nine trajectories so far").toBeGreaterThanOrEqual(0);
    for (let i = 0; i < missing; i++) {
      const data = startSchema.parse({
        email: `teller-${RUN}-${i}@demo.example.org`, phone: "", firstName: `Teller${i}`, startsOn: "2026-01-05", plannedEndOn: "2031-12-31",
        hoursPerWeek: "4", kind: "vrijwillig", clientGroup: "D", startStep: "2", consent: "on",
      });
      startTrajectory(db, { coach, data, clientGroups: ["C", "D", "E"] });
    }
  } finally {
    db.$client.close();
  }
  expect(totalNow()).toBe(9);
}

async function dashboardShows(page: Page, count: string): Promise<void> {
  await expect(async () => {
    await gotoCurrentFigures(page, "/dashboard");
    await expect(page.getByText(CAPTION(count), { exact: false })).toBeVisible({ timeout: 1_000 });
  }).toPass();
}

test("the dashboard moves from '<10' to a rounded 10 when a coach starts the tenth trajectory; no one else finds the person", async ({ pageAs }) => {
  fillToNine();
  const alliance = await pageAs("alliantie");
  await dashboardShows(alliance, "<10");

  const coach = await pageAs("participatiecoach");
  await coach.goto("/coach/nieuw");
  await coach.getByLabel("06-nummer van de deelnemer").fill(TENTH.typedPhone);
  await coach.getByLabel("Voornaam", { exact: true }).fill(TENTH.name);
  await fillTrajectoryTerms(coach, { hours: "8", kind: "Tegenprestatie", group: "C", step: "3. Deelname aan georganiseerde activiteiten" });
  await coach.getByRole("button", { name: "Traject starten" }).click();
  await expect(coach.getByRole("heading", { name: TENTH.name })).toBeVisible();

  await dashboardShows(alliance, "10");
  await alliance.screenshot({ path: "test-results/dashboard-ten.png", fullPage: true });

  const looks: { who: "buurtwerker" | "alliantie"; paths: string[] }[] = [
    { who: "buurtwerker", paths: ["/meedoen", "/beheer", "/beheer/blokkeren", "/dashboard"] },
    { who: "alliantie", paths: ["/dashboard", "/dashboard/tabel/trajecten", "/dashboard/tabel/meedoen"] },
  ];
  for (const { who, paths } of looks) {
    const page = await pageAs(who);
    for (const path of paths) {
      await gotoCurrentFigures(page, path);
      const html = await page.content();
      for (const secret of [TENTH.name, TENTH.phone, TENTH.typedPhone, TENTH.phone.slice(3)]) expect(html, `${path} as ${who} names the client (${secret})`).not.toContain(secret);
      if (!path.startsWith("/dashboard")) expect(html, `${path} as ${who}`).not.toMatch(GIVEAWAY);
    }
  }
});
