import type { IncomingMessage } from "node:http";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { sessions, users } from "@/db/schema";
import { cacheKeyOf, entryOf, ROLE_PAGE_CACHE_CONTROL, type Rendered } from "@/lib/platform/page-cache/front";
import { tagsOfPublicPage } from "@/lib/platform/page-cache/tags";
import { siteUrl } from "@/lib/platform/site-url";
import type { Role } from "@/db/enums";
import "@/lib/wiring/public-pages";
import { createUser } from "../support/factories";

const SITE = new URL(siteUrl()).host;
const DAY = 86_400_000;

function sessionOf(role: Role, expiresIn = DAY): string {
  const userId = createUser(role);
  const token = `role-page-${userId}`;
  getDb().insert(sessions).values({ sessionToken: token, userId, expires: new Date(Date.now() + expiresIn) }).run();
  return token;
}

function changeAccountOf(token: string, change: Partial<typeof users.$inferInsert>) {
  const { userId } = getDb().select({ userId: sessions.userId }).from(sessions).where(eq(sessions.sessionToken, token)).get()!;
  getDb().update(users).set(change).where(eq(users.id, userId)).run();
}

const request = (url: string, cookie: string) => ({ url, method: "GET", headers: { host: "buurt.nl", cookie } }) as unknown as IncomingMessage;
const signedIn = (url: string, token: string, name = "authjs.session-token") => cacheKeyOf(request(url, `theme=licht; ${name}=${token}`));

describe("pages the same for everyone of a role", () => {
  it("keeps /dashboard once per role, for a live session whose role may see it", () => {
    const alliance = sessionOf("alliantie");
    const otherAlliance = sessionOf("alliantie");
    const admin = sessionOf("beheerder");
    expect(signedIn("/dashboard?wijk=2&utm=x", alliance)).toEqual({
      key: `alliantie http://${SITE}/dashboard?wijk=2`,
      path: "/dashboard?wijk=2",
      tags: expect.arrayContaining(["*", "figures"]),
      session: `authjs.session-token=${alliance}`,
    });
    expect(signedIn("/dashboard", otherAlliance)?.key).toBe(signedIn("/dashboard", alliance)?.key);
    expect(signedIn("/dashboard", admin)?.key).toBe(`beheerder http://${SITE}/dashboard`);
    expect(signedIn("/dashboard", admin, "__Secure-authjs.session-token")?.session).toBe(`__Secure-authjs.session-token=${admin}`);
  });

  it("passes everyone else on to the app, which refuses or sends them to sign in", () => {
    for (const role of ["bewoner", "buurtwerker", "participatiecoach", "projectteam"] as const) {
      expect(signedIn("/dashboard", sessionOf(role)), role).toBeNull();
    }
    expect(signedIn("/dashboard", sessionOf("alliantie", -1000)), "an expired session").toBeNull();
    expect(signedIn("/dashboard", "made-up-token"), "a session the database does not know").toBeNull();
    const blocked = sessionOf("alliantie");
    changeAccountOf(blocked, { blockedAt: new Date() });
    expect(signedIn("/dashboard", blocked), "a blocked account").toBeNull();
    const unnamed = sessionOf("alliantie");
    changeAccountOf(unnamed, { displayName: null });
    expect(signedIn("/dashboard", unnamed), "a new account that chooses its name first").toBeNull();
  });

  it("keeps no personal page of a signed-in person, and no public page rendered for them", () => {
    const alliance = sessionOf("alliantie");
    for (const path of ["/", "/initiatieven/1", "/account", "/dashboard/tabel/fonds", "/dashboard/effect", "/dashboard/csv"]) {
      expect(signedIn(path, alliance), path).toBeNull();
    }
    expect(tagsOfPublicPage("/dashboard"), "never for a visitor without a session").toBeNull();
  });

  it("stores a page of a role as not to be kept by the browser", () => {
    const rendered: Rendered = { status: 200, headers: [["content-type", "text/html"], ["content-security-policy", "script-src 'nonce-N1'"]], body: Buffer.from('<script nonce="N1"></script>') };
    const kept = entryOf(rendered, { tags: ["*"], session: "authjs.session-token=x" }, 0)!;
    expect(kept.headers).toContainEqual(["cache-control", ROLE_PAGE_CACHE_CONTROL]);
    expect(kept.headers.flat().join(" ")).not.toContain("authjs.session-token");
  });
});
