import type { Page } from "@playwright/test";

/** Opens the fold-out of one figures table (a <details>, closed at first). */
export async function openTable(page: Page, table: string) {
  const fold = page.locator("details").filter({ has: page.getByRole("heading", { name: table, exact: true }) });
  if ((await fold.getAttribute("open")) === null) await fold.locator("summary").click();
}

/**
 * Opens a page with figures once they include every write so far: after a write the page first
 * shows the previous count ("Wij tellen nu opnieuw") while the figures thread counts again.
 */
export async function gotoCurrentFigures(page: Page, path: string) {
  await page.goto(path);
  for (let i = 0; i < 60 && (await page.getByText("Wij tellen nu opnieuw").count()) > 0; i++) {
    await page.waitForTimeout(250);
    await page.reload();
  }
}
