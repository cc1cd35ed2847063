import { storageStateOf } from "../support/auth";
import { expect, test } from "../support/fixtures";
import { postsFrom } from "../support/server-actions";

test.describe("the proposal form without JavaScript", () => {
  test.use({ storageState: storageStateOf("bewoner"), javaScriptEnabled: false });

  test("shows Dutch errors at the fields, keeps what was typed, then submits", async ({ page }) => {
    await page.goto("/initiatieven/nieuw");
    await page.getByLabel("Titel van uw idee").fill("x".repeat(81));
    await page.getByLabel("Uw idee in één of twee zinnen").fill("<script>alert(1)</script> Een speelplek.");
    await page.getByLabel("Hoeveel geld ongeveer? (mag u leeg laten)").fill("30000");
    await page.getByRole("button", { name: "Insturen", exact: true }).click();

    const title = page.getByLabel("Titel van uw idee");
    await expect(page.locator("#title-error")).toHaveText("Maak de titel korter: hoogstens 80 tekens.");
    await expect(title).toHaveAttribute("aria-invalid", "true");
    await expect(title).toHaveAttribute("aria-describedby", /title-error/);
    await expect(title).toHaveValue("x".repeat(81));
    await expect(page.locator("#wijkId-error")).toHaveText("Kies een wijk uit de lijst.");
    await expect(page.locator("#moneyAmount-error")).toHaveText("Het bedrag mag hoogstens 25.000 euro zijn.");
    await expect(page.getByLabel("Uw idee in één of twee zinnen")).toHaveValue("<script>alert(1)</script> Een speelplek.");

    await title.fill("Speelplek bij de school");
    await page.getByLabel("Hoeveel geld ongeveer? (mag u leeg laten)").fill("");
    await page.getByLabel("In welke wijk?").selectOption({ label: "De Koumen" });
    await page.getByLabel("Waar gaat het over?").selectOption({ label: "Leren" });
    await page.getByRole("button", { name: "Insturen", exact: true }).click();
    await expect(page.getByText("Dank u wel! Uw idee is ingestuurd.")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Speelplek bij de school" })).toBeVisible();
    await expect(page.getByText("<script>alert(1)</script> Een speelplek.")).toBeVisible();
  });
});

test.describe("bad input with JavaScript", () => {
  test.use({ storageState: storageStateOf("bewoner") });

  test("the browser checks the idea with the shared schema before anything is posted", async ({ page }) => {
    const posts = postsFrom(page);
    await page.goto("/initiatieven/nieuw");
    const title = page.getByLabel("Titel van uw idee");
    await title.fill("x".repeat(81));
    await title.blur();
    await expect(page.locator("#title-error")).toHaveText("Maak de titel korter: hoogstens 80 tekens.");
    await expect(title).toHaveAttribute("aria-invalid", "true");
    await title.fill("Speelplek bij de school");
    await expect(page.locator("#title-error")).toHaveText("");
    await page.getByRole("button", { name: "Insturen", exact: true }).click();
    await expect(page.locator("#pitch-error")).toHaveText("Zeg in één of twee zinnen wat uw idee is.");
    await expect(page.locator("#wijkId-error")).toHaveText("Kies een wijk uit de lijst.");
    await expect(page.getByLabel("Uw idee in één of twee zinnen")).toBeFocused();
    await expect(title).toHaveValue("Speelplek bij de school");
    expect(posts).toEqual([]);
  });

  test("a file that is not a photo and a tampered wijk are refused at their fields", async ({ page }) => {
    await page.goto("/initiatieven/nieuw");
    await page.getByLabel("Titel van uw idee").fill("Nep-foto");
    await page.getByLabel("Uw idee in één of twee zinnen").fill("Test.");
    await page.getByLabel("In welke wijk?").selectOption({ label: "De Koumen" });
    await page.getByLabel("Waar gaat het over?").selectOption({ label: "Leren" });
    await page.locator("#wijkId option").nth(1).evaluate((option) => ((option as HTMLOptionElement).value = "9999"));
    await page.getByLabel("In welke wijk?").selectOption({ value: "9999" });
    await page.getByLabel("Foto (mag u leeg laten)").setInputFiles({ name: "foto.jpg", mimeType: "image/jpeg", buffer: Buffer.from("not an image") });
    await page.getByRole("button", { name: "Bewaren als concept" }).click();
    await expect(page.locator("#wijkId-error")).toHaveText("Kies een wijk uit de lijst.");
    await page.getByLabel("In welke wijk?").selectOption({ label: "De Koumen" });
    await page.getByLabel("Foto (mag u leeg laten)").setInputFiles({ name: "foto.jpg", mimeType: "image/jpeg", buffer: Buffer.from("not an image") });
    await page.getByRole("button", { name: "Bewaren als concept" }).click();
    await expect(page.locator("#photo-error")).toHaveText("Dit bestand kunnen wij niet gebruiken. Kies een foto (JPEG, PNG of WebP).");
    // Larger than 5 MB: a Dutch message at the field, nothing saved.
    await page.getByLabel("Foto (mag u leeg laten)").setInputFiles({ name: "groot.jpg", mimeType: "image/jpeg", buffer: Buffer.alloc(6 * 1024 * 1024, 1) });
    await page.getByRole("button", { name: "Bewaren als concept" }).click();
    await expect(page.locator("#photo-error")).toHaveText("Deze foto is te groot. Kies een foto van hoogstens 5 MB.");
    await expect(page).toHaveURL(/\/initiatieven\/nieuw$/);
  });
});
