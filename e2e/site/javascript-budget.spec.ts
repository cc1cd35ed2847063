import fs from "node:fs";
import { javascriptOf } from "../../bench/javascript";
import { storageStateOf } from "../support/auth";
import { one } from "../support/db";
import { expect, test } from "../support/fixtures";

// docs/performance.md (Targets): at most 25 kB gzipped of the app's own JavaScript above Next's floor on any
// public page, and none at all on a page that only shows things. zod alone is ~30 kB: it must stay
// out of the first load (forms fetch it on first focus).
const BUDGET = 25 * 1024;
const READ_ONLY = ["/", "/initiatieven", "/activiteiten", "/cijfers"];

function cookieOf(role: "bewoner"): string {
  const { cookies } = JSON.parse(fs.readFileSync(storageStateOf(role), "utf8")) as { cookies: { name: string; value: string }[] };
  return cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
}

test("read-only pages ship no JavaScript of their own, pages with a form at most 25 kB", async ({ baseURL }) => {
  const initiative = one("SELECT id FROM initiatives WHERE status = 'zoekt_steun' AND hidden_at IS NULL ORDER BY id");
  const activity = one("SELECT id FROM activities WHERE cancelled_at IS NULL AND signup_deadline > ? ORDER BY starts_at", Date.now());
  const withForms = [`/initiatieven/${initiative}`, `/activiteiten/${activity}`, "/initiatieven/nieuw", "/account"];

  const cookie = cookieOf("bewoner");
  // Signed in, these pages are served themselves, not a redirect to /inloggen.
  for (const page of withForms) expect((await fetch(`${baseURL}${page}`, { headers: { cookie }, redirect: "manual" })).status, page).toBe(200);

  const visitor = await javascriptOf(baseURL!, [...READ_ONLY, "/inloggen", `/initiatieven/${initiative}`, `/activiteiten/${activity}`]);
  const resident = await javascriptOf(baseURL!, [...READ_ONLY, ...withForms], { cookie });
  for (const { floorBytes, floorScripts, pages, own } of [visitor, resident]) {
    // Next's own scripts were found: without them every page would measure 0 and pass unchecked.
    expect(floorBytes).toBeGreaterThan(0);
    for (const page of READ_ONLY) expect(pages[page], `${page}: ${own[page]!.join(", ")} (floor: ${floorScripts.join(", ")})`).toBe(0);
    for (const [page, bytes] of Object.entries(pages)) expect(bytes, page).toBeLessThanOrEqual(BUDGET);
  }
});
