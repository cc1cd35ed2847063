import type { Page } from "@playwright/test";

/** Opens the fold-out of one figures table (a <details>, closed at first). */
export async function openTable(page: Page, table: string) {
  const fold = page.locator("details").filter({ has: page.getByRole("heading", { name: table, exact: true }) });
  if ((await fold.getAttribute("open")) === null) await fold.locator("summary").click();
}
