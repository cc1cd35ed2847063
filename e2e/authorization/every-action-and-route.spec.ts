import { PERMISSIONS, type Permission } from "@/lib/platform/auth/permissions";
import { ROLES } from "@/lib/platform/auth/roles";
import { AppError } from "@/lib/platform/errors";
import { ACTION_CASES, demoIds, ROUTE_CASES, type DemoIds } from "./cases";
import { snapshot } from "../support/db";
import { expect, test } from "../support/fixtures";
import type { Caller } from "../support/http";
import { actionIds, callAction, discoverActions, discoverRoutes, refusalIn } from "../support/server-actions";

// Every server action is a public endpoint and the proxy is never the boundary (CVE-2025-29927):
// a visitor here carries a made-up session cookie, so the proxy lets the request through and
// only the action's or route's own check can stop it.

const NOT_SIGNED_IN = new AppError("unauthenticated").userMessage;
const WRONG_ROLE = new AppError("forbidden").userMessage;

const rolesWithout = (permission: Permission) => ROLES.filter((role) => !(PERMISSIONS[permission] as readonly string[]).includes(role));


test.describe("every action and route is in the authorization table", () => {
  test("each server action found in the code has a case, and the build knows each one", () => {
    const found = discoverActions();
    expect(found.length).toBeGreaterThan(20);
    expect(found).toEqual(Object.keys(ACTION_CASES).sort());
    const ids = actionIds();
    for (const action of found) expect(ids[action], `${action} in the build (run npm run build)`).toBeTruthy();
  });

  test("each route handler found in the code has a case", () => {
    const found = discoverRoutes();
    expect(found.length).toBeGreaterThan(10);
    expect(found).toEqual(Object.keys(ROUTE_CASES).sort());
  });
});

test.describe("server actions refuse the wrong caller and change nothing", () => {
  let ids: DemoIds;
  test.beforeAll(() => {
    ids = demoIds();
  });

  for (const [action, testCase] of Object.entries(ACTION_CASES)) {
    if ("public" in testCase && !testCase.probe) continue;
    test(action, async ({ clientAs }) => {
      const actionId = actionIds()[action]!;
      const attempts: { caller: Caller; page: string; fields: Record<string, string>; refusal?: string }[] =
        "public" in testCase
          ? [{ caller: "bezoeker", page: testCase.probe!.page, fields: testCase.probe!.fields(ids) }]
          : [
              ...(["bezoeker", ...rolesWithout(testCase.permission)] as Caller[]).map((caller) => ({
                caller,
                page: testCase.page(ids),
                fields: testCase.fields(ids),
                // The fields are valid, so the refusal must be the authorization's own.
                refusal: caller === "bezoeker" ? NOT_SIGNED_IN : WRONG_ROLE,
              })),
              ...(testCase.wrongOwner
                ? [{ caller: testCase.wrongOwner.as, page: testCase.page(ids), fields: testCase.wrongOwner.fields(ids) }]
                : []),
            ];
      for (const attempt of attempts) {
        const before = snapshot();
        const request = await clientAs(attempt.caller);
        const reply = await callAction(request, actionId, attempt.page, attempt.fields);
        const label = `${action} as ${attempt.caller}`;
        expect(reply.status, label).toBeLessThan(500);
        const refusal = refusalIn(reply);
        expect(refusal, `${label}: ${reply.status} ${reply.body.slice(0, 300)}`).toBeTruthy();
        if (attempt.refusal) expect(refusal, label).toBe(attempt.refusal);
        else expect(refusal, `${label} was refused for its input, not for the owner`).not.toMatch(/Niet alles is goed ingevuld/);
        expect(snapshot(), `${label} changed the database`).toEqual(before);
      }
    });
  }
});

test.describe("route handlers refuse the wrong caller", () => {
  let ids: DemoIds;
  test.beforeAll(() => {
    ids = demoIds();
  });

  for (const [route, testCase] of Object.entries(ROUTE_CASES)) {
    if ("public" in testCase && !testCase.probe) continue;
    test(route, async ({ clientAs }) => {
      const [method, ...rest] = route.split(" ");
      expect(rest.length).toBe(1);
      const attempts: { caller: Caller; path: string; status: number[] }[] =
        "public" in testCase
          ? [{ caller: "bezoeker", path: testCase.probe!.path(ids), status: [testCase.probe!.status] }]
          : [
              { caller: "bezoeker", path: testCase.path(ids), status: [401] },
              ...rolesWithout(testCase.permission).map((caller) => ({ caller, path: testCase.path(ids), status: [403] })),
            ];
      for (const attempt of attempts) {
        const before = snapshot();
        const request = await clientAs(attempt.caller);
        const response = await request.fetch(attempt.path, { method, maxRedirects: 0 });
        const body = await response.text();
        expect(attempt.status, `${route} as ${attempt.caller}: ${response.status()} ${body.slice(0, 200)}`).toContain(response.status());
        expect(snapshot()).toEqual(before);
      }
    });
  }

  test("without any session cookie a signed-in area only redirects to sign-in", async ({ request }) => {
    const response = await request.get("/beheer/activiteiten/1/lijst.csv", { maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(response.headers()["location"]).toContain("/inloggen");
  });
});
