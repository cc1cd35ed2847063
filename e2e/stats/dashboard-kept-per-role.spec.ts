import Database from "better-sqlite3";
import type { APIRequestContext } from "@playwright/test";
import { DEMO } from "../support/auth";
import { E2E_DB, one } from "../support/db";
import { expect, test } from "../support/fixtures";

/** A change an operator makes in the database: a role or a block, as the beheer pages would set it. */
function setAccount(email: string, change: string) {
  const db = new Database(E2E_DB);
  db.pragma("busy_timeout = 5000");
  db.prepare(`UPDATE users SET ${change} WHERE email = ?`).run(email);
  db.close();
}

async function dashboard(client: APIRequestContext) {
  const answer = await client.get("/dashboard", { maxRedirects: 0 });
  return { status: answer.status(), location: answer.headers().location, cache: answer.headers()["x-page-cache"], cacheControl: answer.headers()["cache-control"], html: await answer.text() };
}

test("the alliance's overview is kept once per role, shows nothing of the person, and only to who may see it", async ({ clientAs, pageAsResident }) => {
  const alliance = await clientAs("alliantie");
  await dashboard(alliance);
  const kept = await dashboard(alliance);
  expect(kept.status).toBe(200);
  expect(kept.html).toContain("Van idee tot resultaat");
  expect(kept.cache).toBe("hit");
  expect(kept.cacheControl).toBe("private, no-store");
  for (const personal of [DEMO.alliantie, one<string>("SELECT display_name FROM users WHERE email = ?", DEMO.alliantie), one<string>("SELECT id FROM users WHERE email = ?", DEMO.alliantie)]) {
    expect(kept.html).not.toContain(personal);
  }

  // Someone new: a resident first, then made a member of the alliance, then blocked.
  const email = `tweede-alliantie-${Date.now().toString(36)}@demo.example.org`;
  const member = (await pageAsResident(email)).request;
  const unnamed = await dashboard(member);
  expect(unnamed.location, "a new account chooses a name first").toMatch(/^\/account\/welkom/);
  expect(unnamed.cache).toBeUndefined();
  setAccount(email, "display_name = 'Tweede lid'");
  const asResident = await dashboard(member);
  expect(asResident.status).toBe(403);
  expect(asResident.cache, "a refusal comes from the app, never from the cache").toBeUndefined();

  setAccount(email, "role = 'alliantie'");
  const asMember = await dashboard(member);
  expect(asMember.status).toBe(200);
  expect(asMember.cache).toMatch(/^(hit|miss)$/);
  expect(asMember.html).toContain("Van idee tot resultaat");
  expect(asMember.html).not.toContain(email);
  expect(asMember.html).not.toContain("Tweede lid");

  setAccount(email, "blocked_at = unixepoch() * 1000");
  const blocked = await dashboard(member);
  expect(blocked.cache).toBeUndefined();
  expect(blocked.html, "no figures for a blocked account").not.toContain("Van idee tot resultaat");

  // A beheerder sees the same figures under another header (its work link): kept apart.
  const admin = await dashboard(await clientAs("beheerder"));
  expect(admin.status).toBe(200);
  expect(admin.html).toContain(">Beheer<");
  expect(kept.html).not.toContain(">Beheer<");
});
