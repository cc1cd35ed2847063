import type { Page } from "@playwright/test";

/** Opens one figures table (on /cijfers, the dashboard and their table pages): a link to the table's own page. */
export async function openTable(page: Page, table: string) {
  const region = page.getByRole("region", { name: `Tabel: ${table}` });
  if (await region.isVisible()) return;
  await page.getByRole("link", { name: table, exact: true }).click();
  await region.waitFor();
}

/**
 * Opens a page with figures once they include every write so far: after a write the page first
 * shows the previous count ("Wij tellen nu opnieuw") while the figures thread counts again, and
 * a filter never counted before shows no figures until its first count is done.
 */
export async function gotoCurrentFigures(page: Page, path: string) {
  await page.goto(path);
  // "Wij tellen de cijfers nu": the first count of a filter, no figures yet.
  for (let i = 0; i < 60 && (await page.getByText(/Wij tellen nu opnieuw|Wij tellen de cijfers nu/).count()) > 0; i++) {
    await page.waitForTimeout(250);
    await page.reload();
  }
}
