import { expect, test } from "@playwright/test";
import { storageStateOf } from "./support/auth";

test.describe("as a bewoner", () => {
  test.use({ storageState: storageStateOf("bewoner") });
  test("the account page shows the display name", async ({ page }) => {
    await page.goto("/account");
    await expect(page.getByRole("heading", { name: "Mijn account" })).toBeVisible();
    await expect(page.getByText("Fatima", { exact: true })).toBeVisible();
  });
});
