import { storageStateOf, type DemoRole } from "./support/auth";
import { expect, test } from "./support/fixtures";

// What each role may open (200) and what it is refused (403), by direct request.
const ACCESS: Record<DemoRole, { allowed: string[]; refused: string[] }> = {
  bewoner: { allowed: ["/account"], refused: ["/beheer", "/beheer/gebruikers", "/beheer/logboek", "/beheer/instellingen", "/dashboard"] },
  buurtwerker: { allowed: ["/account", "/beheer"], refused: ["/beheer/gebruikers", "/beheer/logboek", "/beheer/instellingen", "/dashboard"] },
  alliantie: { allowed: ["/account", "/dashboard"], refused: ["/beheer", "/beheer/gebruikers", "/beheer/logboek", "/beheer/instellingen"] },
  beheerder: { allowed: ["/account", "/beheer", "/beheer/gebruikers", "/beheer/logboek", "/beheer/instellingen", "/dashboard"], refused: [] },
};

for (const [role, { allowed, refused }] of Object.entries(ACCESS) as [DemoRole, (typeof ACCESS)[DemoRole]][]) {
  test.describe(`as ${role}`, () => {
    test.use({ storageState: storageStateOf(role) });

    test("opens its own pages and is refused the others", async ({ page }) => {
      for (const path of allowed) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(200);
      }
      for (const path of refused) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(403);
        await expect(page.getByRole("heading", { name: "Hier heeft u geen toegang" })).toBeVisible();
      }
    });
  });
}

test.describe("as a visitor", () => {
  test("is sent to sign in for account, beheer and dashboard", async ({ page }) => {
    for (const path of ["/account", "/beheer", "/beheer/gebruikers", "/dashboard"]) {
      await page.goto(path);
      await expect(page).toHaveURL(new RegExp(`/inloggen\\?terug=${encodeURIComponent(path)}`));
    }
  });

  test("sees the public pages", async ({ page }) => {
    for (const path of ["/", "/initiatieven", "/activiteiten", "/cijfers", "/privacy"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
    }
    const response = await page.goto("/bestaat-niet");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Deze pagina bestaat niet" })).toBeVisible();
  });
});
