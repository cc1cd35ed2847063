import { expect, test } from "@playwright/test";

test("the home page explains the platform and shows the goal meter and what is new", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Heerlen-Noord");
  const meter = page.getByRole("meter", { name: "Initiatieven op weg naar het doel" });
  await expect(meter).toHaveAttribute("aria-valuemax", "150");
  // The demo data has 13 initiatives that are published or further.
  await expect(page.getByText("13 van 150 initiatieven")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Nieuwste ideeën" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Koffie-ochtend in het buurthuis" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
});
