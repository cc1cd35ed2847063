import fs from "node:fs";
import { DEMO, storageStateOf } from "../support/auth";
import { expect, test } from "../support/fixtures";

test.describe("a resident's own data", () => {
  test.use({ storageState: storageStateOf("bewoner") });

  test("downloads everything stored about them as JSON, and nothing of anyone else", async ({ page }) => {
    await page.goto("/account");
    const downloadPromise = page.waitForEvent("download");
    await page.getByRole("link", { name: "Haal mijn gegevens op (één bestand)" }).click();
    const download = await downloadPromise;
    const data = JSON.parse(fs.readFileSync((await download.path())!, "utf8"));
    expect(data.account).toMatchObject({ email: DEMO.bewoner, displayName: "Fatima", role: "bewoner", wijk: "Vrieheide-De Stack" });
    expect(data.initiatives.map((i: { title: string }) => i.title)).toContain("Moestuin achter de flat");
    expect(JSON.stringify(data)).not.toContain("jan.hoensbroek@");
  });
});

test("a visitor gets no data file", async ({ request }) => {
  const response = await request.get("/account/gegevens", { maxRedirects: 0 });
  expect([307, 401]).toContain(response.status());
  expect(await response.text()).not.toContain("@");
});
