import fs from "node:fs";
import type { Page } from "@playwright/test";
import { storageStateOf } from "../support/auth";
import { expectNoAxeViolations } from "../support/axe";
import { one } from "../support/db";
import { gotoCurrentFigures, openTable as open } from "../support/figures";
import { expect, test } from "../support/fixtures";

/** The value in a figures table, by row and column header. */
async function cell(page: Page, table: string, row: string, column: number) {
  await open(page, table);
  const region = page.getByRole("region", { name: `Tabel: ${table}` });
  return (await region.getByRole("row", { name: new RegExp(`^${row}`) }).getByRole("cell").nth(column - 1).textContent())?.trim();
}

// Other specs add ideas, backings and wijken: the expected figures are counted in the database.
const HEKSENBERG = "(SELECT id FROM wijken WHERE name = 'Heksenberg')";
const submittedIn = (wijk: string) => one(`SELECT count(*) FROM initiatives WHERE wijk_id = ${wijk} AND submitted_at IS NOT NULL`);
const backingsIn = (wijk: string) =>
  one(`SELECT count(*) FROM backings JOIN initiatives ON initiatives.id = backings.initiative_id WHERE initiatives.wijk_id = ${wijk}`);

test.describe("an alliance member", () => {
  test.use({ storageState: storageStateOf("alliantie") });

  test("sees the figures and downloads a table as CSV that parses", async ({ page }) => {
    await gotoCurrentFigures(page, "/dashboard");
    await expect(page.getByRole("heading", { name: "Overzicht voor de alliantie" })).toBeVisible();
    await expect(page.getByRole("meter", { name: "Initiatieven op weg naar het doel" })).toBeVisible();
    for (const title of ["Van idee tot resultaat", "Per wijk", "Per thema", "Steun en hulp", "Bewoners die meededen", "Activiteiten per reeks", "Per maand (laatste 12 maanden)"]) {
      await expect(page.getByRole("heading", { name: title, exact: true })).toBeVisible();
    }
    await open(page, "Per wijk");
    await expect(page.getByRole("img", { name: /Grafiek: Per wijk/ })).toBeVisible();

    const downloadPromise = page.waitForEvent("download");
    await page.getByRole("link", { name: 'Sla "Per wijk" op als bestand voor Excel' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe("burgers-maken-wijken.csv");
    const lines = fs.readFileSync((await download.path())!, "utf8").replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe("Wijk,Initiatieven,Steun via de website");
    expect(lines).toHaveLength(1 + one("SELECT count(*) FROM wijken"));
    expect(lines.every((line) => line.split(",").length === 3)).toBe(true);
    expect(lines).toContain(`Heksenberg,${submittedIn(HEKSENBERG)},${backingsIn(HEKSENBERG)}`);
    await expectNoAxeViolations(page);
  });

  test("filters by wijk and period, and the URL keeps the filters", async ({ page }) => {
    await page.goto("/dashboard");
    await page.getByLabel("Wijk", { exact: true }).selectOption({ label: "Heksenberg" });
    await page.getByLabel("Vanaf").fill("2020-01-01");
    await page.getByRole("button", { name: "Toon cijfers" }).click();
    await expect(page).toHaveURL(/van=2020-01-01/);
    await expect(page).toHaveURL(/wijk=\d+/);
    await gotoCurrentFigures(page, page.url());
    const wijkRows = page.getByRole("region", { name: "Tabel: Per wijk" }).getByRole("row");
    await open(page, "Per wijk");
    await expect(wijkRows).toHaveCount(2);
    expect(await cell(page, "Van idee tot resultaat", "Ingediend", 1)).toBe(String(submittedIn(HEKSENBERG)));
    await page.reload();
    await expect(page.getByLabel("Wijk", { exact: true })).toHaveValue(/\d+/);
  });
});

/** At 360 px: key figures and trend lines first, tables closed, nothing sideways, no text under 16 px. */
async function expectPhoneFriendly(page: Page) {
  await expect(page.getByRole("list", { name: "De belangrijkste cijfers" }).getByRole("listitem")).toHaveCount(4);
  await expect(page.getByRole("img", { name: /^Lijn: / })).toHaveCount(2);
  expect(await page.locator("details[open]").count()).toBe(0);
  for (const fold of await page.locator("details").all()) await fold.locator("summary").click();
  const small = await page.evaluate(() => {
    const found: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>("main *"))) {
      const own = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
      if (!own || !el.checkVisibility() || el.closest(".sr-only")) continue;
      let size = parseFloat(getComputedStyle(el).fontSize);
      const svg = el.closest("svg");
      if (svg) size *= svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      if (size < 15.9) found.push(`${el.tagName} "${el.textContent!.trim().slice(0, 30)}" ${size.toFixed(1)}px`);
    }
    return found;
  });
  expect(small).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, "horizontal scrolling").toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
}

test.describe("the figures on a phone", () => {
  test("/cijfers", async ({ page }) => {
    await page.goto("/cijfers");
    await expect(page.getByText(/Bijgewerkt om \d\d:\d\d uur/)).toBeVisible();
    await expectPhoneFriendly(page);
  });

  test.describe("as the alliance", () => {
    test.use({ storageState: storageStateOf("alliantie") });
    test("/dashboard", async ({ page }) => {
      await page.goto("/dashboard");
      await expect(page.getByText(/Bijgewerkt om \d\d:\d\d uur/)).toBeVisible();
      await expect(page.getByText(/\blive\b/i)).toHaveCount(0);
      await expectPhoneFriendly(page);
    });
  });
});

test.describe("the public figures", () => {
  test("show the dashboard's totals of people rounded to 5, with small counts as <5", async ({ page, pageAs }) => {
    // The dashboard first: once it shows the current count, a cached /cijfers with an older one is gone.
    const dashboard = await pageAs("alliantie");
    await gotoCurrentFigures(dashboard, "/dashboard");
    const exactProposed = await cell(dashboard, "Van idee tot resultaat", "Ingediend", 1);
    const exactParticipants = Number(await cell(dashboard, "Bewoners die meededen", "Samen", 1));

    await gotoCurrentFigures(page, "/cijfers");
    const publicProposed = await cell(page, "Van idee tot resultaat", "Ingediend", 1);
    const publicParticipants = await cell(page, "Bewoners die meededen", "Samen", 1);
    await open(page, "Per wijk");
    await expect(page.getByRole("region", { name: "Tabel: Per wijk" }).getByText("<5").first()).toBeVisible();
    await expectNoAxeViolations(page);
    expect(publicProposed).toBe(exactProposed);
    expect(exactParticipants).toBeGreaterThanOrEqual(5);
    expect(publicParticipants).toBe(String(Math.round(exactParticipants / 5) * 5));

    const api = await (await page.request.get("/api/v1/stats")).json();
    expect(String(api.funnel.proposed)).toBe(publicProposed);
    expect(String(api.participants.total)).toBe(publicParticipants);
    expect(JSON.stringify(api)).not.toContain("@");
    // Every count of people the API publishes is 0, "<5" or a multiple of 5: no difference of two is 1 to 4.
    const people = [
      ...Object.values(api.participants), ...Object.values(api.backings),
      ...[api.attendance, ...api.series, ...api.activities].flatMap((row) => [row.signedUp, row.came, row.walkIns]),
      ...api.trend.flatMap((row: Record<string, unknown>) => [row.backings, row.signedUp, row.attended]),
      ...api.byWijk.map((row: Record<string, unknown>) => row.backings),
    ];
    for (const count of people) expect(count === "<5" || (typeof count === "number" && count % 5 === 0), String(count)).toBe(true);
    const csv = await (await page.request.get("/api/v1/stats.csv")).text();
    expect(csv.replace(/^\uFEFF/, "").split("\r\n")[0]).toBe("tabel,rij,maat,waarde");
  });
});

test.describe("the dashboard is refused", () => {
  test.describe("to a bewoner", () => {
    test.use({ storageState: storageStateOf("bewoner") });
    test("the page and the CSV, by direct request", async ({ page }) => {
      expect((await page.goto("/dashboard"))?.status()).toBe(403);
      const csv = await page.request.get("/dashboard/csv?tabel=wijken");
      expect(csv.status()).toBe(403);
      expect(await csv.text()).not.toContain("Heksenberg");
    });
  });

  test("to a visitor, also by direct request", async ({ page }) => {
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/inloggen/);
    const csv = await page.request.get("/dashboard/csv?tabel=wijken", { maxRedirects: 0 });
    expect([307, 401]).toContain(csv.status());
    expect(await csv.text()).not.toContain("Heksenberg");
  });
});
