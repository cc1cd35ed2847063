import type { Page } from "@playwright/test";
import { storageStateOf } from "../support/auth";
import { expectNoAxeViolations } from "../support/axe";
import { gotoCurrentFigures } from "../support/figures";
import { expect, test } from "../support/fixtures";

/**
 * From an overview with a filter to the table "Per wijk" (its rows, download and filter), on to
 * another table, and back: plain links and forms, as without JavaScript.
 */
async function walkThroughTables(page: Page, overview: string, csvPath: string) {
  // A new filter's first count may still run; the page then says so and shows no tables yet.
  await gotoCurrentFigures(page, `${overview}?van=2020-01-01`);
  await page.getByRole("link", { name: "Per wijk", exact: true }).click();
  await expect(page).toHaveURL(`${overview}/tabel/wijken?van=2020-01-01`);
  await expect(page.getByRole("heading", { level: 1, name: "Per wijk" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Tabel: Per wijk" }).getByRole("row", { name: /^Heksenberg/ })).toBeVisible();
  await expect(page.getByRole("link", { name: 'Sla "Per wijk" op als bestand voor Excel' })).toHaveAttribute("href", `${csvPath}?tabel=wijken&van=2020-01-01`);
  await expect(page.getByLabel("Vanaf")).toHaveValue("2020-01-01");
  await page.getByRole("navigation", { name: "Andere cijfers" }).getByRole("link", { name: "Steun en hulp", exact: true }).click();
  await expect(page.getByRole("region", { name: "Tabel: Steun en hulp" })).toBeVisible();
  await page.getByRole("link", { name: "Terug naar het overzicht" }).click();
  await expect(page).toHaveURL(`${overview}?van=2020-01-01`);
}

/**
 * The dashboard's first view sends the key figures and a link per table, not the tables: each
 * table has its own page, with the same filters, that works without JavaScript.
 */
test.describe("the dashboard's tables", () => {
  test.use({ storageState: storageStateOf("alliantie") });

  test("the first view is at most 100 kB of HTML and holds no table", async ({ page }) => {
    await gotoCurrentFigures(page, "/dashboard");
    const answer = await page.request.get("/dashboard");
    const html = await answer.text();
    expect(html).toContain("Bijgewerkt");
    expect(Buffer.byteLength(html), "bytes of HTML").toBeLessThanOrEqual(100_000);
    expect(html).not.toContain("Tabel: Per wijk");
    expect(html).not.toContain("<table");
  });

  test("each table has its own page with the filters, its download and the other tables, without JavaScript", async ({ pageAs }) => {
    await walkThroughTables(await pageAs("alliantie", { javaScriptEnabled: false }), "/dashboard", "/dashboard/csv");
  });

  test("a table page is phone-friendly and passes axe; an unknown table is not found", async ({ page }) => {
    await gotoCurrentFigures(page, "/dashboard/tabel/activiteiten");
    await expect(page.getByRole("region", { name: "Tabel: Per activiteit" })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, "horizontal scrolling").toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
    expect((await page.request.get("/dashboard/tabel/bestaat-niet")).status()).toBe(404);
  });
});

/** The open figures the same way: the first view holds no table, and each table's page is kept by the page cache. */
test.describe("the open figures' tables", () => {
  test("/cijfers holds no table; a table has its own page with the filters and the open download, without JavaScript", async ({ pageAs, request }) => {
    await gotoCurrentFigures(await pageAs("bezoeker"), "/cijfers");
    const html = await (await request.get("/cijfers")).text();
    expect(html).toContain(`href="/cijfers/tabel/wijken"`);
    expect(html).not.toContain("<table");
    expect(Buffer.byteLength(html), "bytes of HTML").toBeLessThanOrEqual(100_000);

    await walkThroughTables(await pageAs("bezoeker", { javaScriptEnabled: false }), "/cijfers", "/api/v1/stats.csv");

    const path = "/cijfers/tabel/wijken?van=2020-01-01";
    await request.get(path);
    expect((await request.get(`${path}&onzin=1`)).headers()["x-page-cache"], "kept like /cijfers").toBe("hit");
    expect((await request.get("/cijfers/tabel/bestaat-niet")).status()).toBe(404);
  });
});
