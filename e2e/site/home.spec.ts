import { one } from "../support/db";
import { expect, test } from "../support/fixtures";

test("the home page explains the platform and shows the goal meter and what is new", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Heerlen-Noord");
  const meter = page.getByRole("meter", { name: "Initiatieven op weg naar het doel" });
  await expect(meter).toHaveAttribute("aria-valuemax", "150");
  // Published or further and not hidden (13 in the demo data; other specs publish more).
  const published = one("SELECT count(*) FROM initiatives WHERE status IN ('zoekt_steun', 'in_uitvoering', 'gerealiseerd') AND hidden_at IS NULL");
  expect(published).toBeGreaterThanOrEqual(13);
  await expect(page.getByText(`${published} van 150 initiatieven`)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Nieuwste ideeën" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Koffie-ochtend in het buurthuis" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
});
