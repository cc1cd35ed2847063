import { storageStateOf } from "../support/auth";
import { expect, test } from "../support/fixtures";

/**
 * A public page for a visitor without a session is the same for everyone (it comes from the page
 * cache): a phone may keep it for the back button (`private, no-cache`: kept, but asked again
 * before it is reused). A page that holds personal data stays `no-store`.
 */
const PUBLIC_PAGES = ["/", "/initiatieven", "/initiatieven?wijk=2", "/initiatieven/1", "/activiteiten", "/cijfers", "/privacy", "/toegankelijkheid"];

test("a visitor's public pages may be kept for back and forward, from a render and from the cache", async ({ request }) => {
  for (const path of PUBLIC_PAGES) {
    for (const state of ["first", "second"]) {
      const answer = await request.get(path);
      expect(answer.status(), `${path} (${state})`).toBe(200);
      expect(answer.headers()["cache-control"], `${path} (${state})`).toBe("private, no-cache");
    }
  }
});

test("pages with personal data stay no-store", async ({ httpClient }) => {
  const cases: [string, Parameters<typeof storageStateOf>[0], string[]][] = [
    ["bewoner", "bewoner", ["/", "/initiatieven/1", "/privacy", "/account"]],
    ["alliantie", "alliantie", ["/dashboard"]],
    ["buurtwerker", "buurtwerker", ["/beheer"]],
  ];
  for (const [who, role, paths] of cases) {
    const client = await httpClient({ storageState: storageStateOf(role) });
    for (const path of paths) {
      const answer = await client.get(path);
      expect(answer.status(), `${path} as ${who}`).toBe(200);
      expect(answer.headers()["cache-control"], `${path} as ${who}`).toContain("no-store");
    }
  }
});

test("the sign-in page (a form) and a missing page are not kept", async ({ request }) => {
  expect((await request.get("/inloggen")).headers()["cache-control"]).toContain("no-store");
  const missing = await request.get("/initiatieven/999999");
  expect(missing.status()).toBe(404);
  expect(missing.headers()["cache-control"]).toContain("no-store");
});
