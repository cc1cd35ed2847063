import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { PERMISSIONS, type Permission } from "@/lib/platform/auth/permissions";
import { ROLES } from "@/lib/platform/auth/roles";
import { demoIds, type DemoIds } from "./cases";
import type { DemoRole } from "../support/auth";
import { expect, test } from "../support/fixtures";

// Pages check the session and role themselves; proxy.ts is never the boundary. As in
// e2e/authorization/every-action-and-route.spec.ts a visitor carries a made-up session cookie, so the proxy lets the
// request through and only the page's own check can stop it.

type PagePath = (ids: DemoIds) => string;
type PageCase =
  | { public: string }
  /** Any signed-in role may open it; `wrongOwner`: another resident's resource is a 404. */
  | { signedIn: PagePath; wrongOwner?: { as: DemoRole; path: PagePath } }
  /** `wrongOwner`: with the permission, someone else's resource is a 404 (another coach's client). */
  | { path: PagePath; permission: Permission; wrongOwner?: { as: DemoRole; path: PagePath } };

/** Every page of the app by its route. The test fails when a page has no entry here. */
const PAGE_CASES: Record<string, PageCase> = {
  "/": { public: "the front page" },
  "/aanmelding/[token]": { public: "the secret token from the confirmation mail is the proof" },
  "/aanmelding/[token]/verwijderen": { public: "the secret token from the confirmation mail is the proof" },
  "/aanmelding/code": { public: "the form to cancel with a number and the code from the text message; the code is the proof" },
  "/account": { signedIn: () => "/account" },
  "/account/verwijderen": { signedIn: () => "/account/verwijderen" },
  // Without `terug` a visitor goes to plain /inloggen (staff land on their own start page).
  "/account/welkom": { signedIn: () => "/account/welkom?terug=%2Faccount" },
  "/activiteiten": { public: "the list of activities" },
  "/activiteiten/[id]": { public: "an activity and its sign-up form" },
  "/activiteiten/[id]/poster": { public: "the poster of a coming activity" },
  "/activiteiten/[id]/organiseren": {
    signedIn: (ids) => `/activiteiten/${ids.othersOwnActivity}/organiseren`,
    wrongOwner: { as: "bewoner", path: (ids) => `/activiteiten/${ids.othersOwnActivity}/organiseren` },
  },
  "/afmelden/[token]": { public: "the secret token from a notification mail is the proof" },
  "/projecten/stoppen/gewist": { public: "a fixed sentence after the stop button was pressed without JavaScript" },
  "/projecten/stoppen/[token]": { public: "the secret token from the stop link in a mail or text message is the proof; opening it changes nothing" },
  "/beheer": { path: () => "/beheer", permission: "staff-area:view" },
  "/beheer/activiteiten": { path: () => "/beheer/activiteiten", permission: "activity:manage" },
  "/beheer/activiteiten/[id]": { path: (ids) => `/beheer/activiteiten/${ids.activity}`, permission: "activity:manage" },
  "/beheer/activiteiten/[id]/aanmelden": { path: (ids) => `/beheer/activiteiten/${ids.activity}/aanmelden`, permission: "activity:manage" },
  "/beheer/activiteiten/[id]/afdrukken": { path: (ids) => `/beheer/activiteiten/${ids.activity}/afdrukken`, permission: "activity:manage" },
  "/beheer/activiteiten/[id]/vragenkaart": { path: (ids) => `/beheer/activiteiten/${ids.activity}/vragenkaart`, permission: "activity:manage" },
  "/beheer/buurtmonitor": { path: () => "/beheer/buurtmonitor", permission: "monitor:enter-paper" },
  "/beheer/buurtmonitor/[jaar]/papier": { path: () => `/beheer/buurtmonitor/${new Date().getUTCFullYear()}/papier`, permission: "monitor:enter-paper" },
  "/buurtmonitor": { public: "the yearly buurtmonitor for residents: choose your wijk" },
  "/buurtmonitor/poster/[wijk]": { public: "the poster of one wijk's buurtmonitor" },
  "/beheer/activiteiten/[id]/bewerken": { path: (ids) => `/beheer/activiteiten/${ids.activity}/bewerken`, permission: "activity:manage" },
  "/beheer/activiteiten/[id]/inchecken": { path: (ids) => `/beheer/activiteiten/${ids.activity}/inchecken`, permission: "activity:manage" },
  "/beheer/activiteiten/nieuw": { path: () => "/beheer/activiteiten/nieuw", permission: "activity:manage" },
  "/beheer/projecten": { path: () => "/beheer/projecten", permission: "project:manage" },
  "/beheer/projecten/[id]": { path: (ids) => `/beheer/projecten/${ids.project}`, permission: "project:manage" },
  "/beheer/projecten/[id]/bewerken": { path: (ids) => `/beheer/projecten/${ids.project}/bewerken`, permission: "project:manage" },
  "/beheer/projecten/[id]/papier": { path: (ids) => `/beheer/projecten/${ids.project}/papier`, permission: "survey:enter-paper" },
  "/beheer/projecten/[id]/verslag": { path: (ids) => `/beheer/projecten/${ids.project}/verslag`, permission: "project:manage" },
  "/beheer/projecten/[id]/vragen": { path: (ids) => `/beheer/projecten/${ids.project}/vragen`, permission: "project:manage" },
  "/beheer/projecten/inwoners": { path: () => "/beheer/projecten/inwoners", permission: "project:create" },
  "/beheer/projecten/nieuw": { path: () => "/beheer/projecten/nieuw", permission: "project:create" },
  "/beheer/blokkeren": { path: () => "/beheer/blokkeren", permission: "users:block" },
  "/beheer/fondsen": { path: () => "/beheer/fondsen", permission: "fund:manage" },
  "/beheer/gebruikers": { path: () => "/beheer/gebruikers", permission: "users:manage" },
  "/beheer/initiatieven": { path: () => "/beheer/initiatieven", permission: "initiative:moderate" },
  "/beheer/initiatieven/[id]": { path: (ids) => `/beheer/initiatieven/${ids.submitted}`, permission: "initiative:moderate" },
  "/beheer/initiatieven/namens": { path: () => "/beheer/initiatieven/namens", permission: "initiative:act-on-behalf" },
  "/beheer/instellingen": { path: () => "/beheer/instellingen", permission: "settings:manage" },
  "/beheer/logboek": { path: () => "/beheer/logboek", permission: "audit-log:view" },
  "/cijfers": { public: "open figures, small counts suppressed" },
  "/cijfers/tabel/[tabel]": { public: "one table of the open figures, small counts suppressed" },
  "/coach": { path: () => "/coach", permission: "trajectory:manage" },
  "/coach/nieuw": { path: () => "/coach/nieuw", permission: "trajectory:manage" },
  "/coach/[id]": {
    path: (ids) => `/coach/${ids.trajectory}`,
    permission: "trajectory:manage",
    wrongOwner: { as: "participatiecoach", path: (ids) => `/coach/${ids.othersTrajectory}` },
  },
  "/dashboard": { path: () => "/dashboard", permission: "dashboard:view" },
  "/dashboard/effect": { path: () => "/dashboard/effect", permission: "dashboard:view" },
  "/dashboard/tabel/[tabel]": { path: () => "/dashboard/tabel/wijken", permission: "dashboard:view" },
  "/initiatieven": { public: "published ideas" },
  "/initiatieven/[id]": { public: "a published idea; any other only for its initiator and staff (tests/initiatives/photo-access.test.ts)" },
  "/initiatieven/[id]/bewerken": {
    signedIn: (ids) => `/initiatieven/${ids.othersSentBack}/bewerken`,
    wrongOwner: { as: "bewoner", path: (ids) => `/initiatieven/${ids.othersSentBack}/bewerken` },
  },
  "/initiatieven/[id]/begroting": {
    signedIn: (ids) => `/initiatieven/${ids.published}/begroting`,
    wrongOwner: { as: "bewoner", path: (ids) => `/initiatieven/${ids.published}/begroting` },
  },
  "/initiatieven/[id]/geld": {
    signedIn: (ids) => `/initiatieven/${ids.othersGrantIdea}/geld`,
    wrongOwner: { as: "bewoner", path: (ids) => `/initiatieven/${ids.othersGrantIdea}/geld` },
  },
  "/initiatieven/[id]/intrekken": {
    signedIn: (ids) => `/initiatieven/${ids.published}/intrekken`,
    wrongOwner: { as: "bewoner", path: (ids) => `/initiatieven/${ids.published}/intrekken` },
  },
  "/initiatieven/[id]/poster": { public: "the poster of a published idea" },
  "/initiatieven/[id]/activiteiten/nieuw": {
    signedIn: (ids) => `/initiatieven/${ids.published}/activiteiten/nieuw`,
    wrongOwner: { as: "bewoner", path: (ids) => `/initiatieven/${ids.published}/activiteiten/nieuw` },
  },
  "/initiatieven/[id]/resultaat": {
    signedIn: (ids) => `/initiatieven/${ids.othersRealised}/resultaat`,
    wrongOwner: { as: "bewoner", path: (ids) => `/initiatieven/${ids.othersRealised}/resultaat` },
  },
  "/initiatieven/nieuw": { signedIn: () => "/initiatieven/nieuw" },
  "/inloggen": { public: "sign-in" },
  "/inloggen/code": { public: "signing in with the code from the mail, on another device" },
  "/inloggen/fout": { public: "a failed sign-in link" },
  "/inloggen/verstuurd": { public: "after asking a sign-in link" },
  "/meedoen": { public: "the places to help" },
  "/meedoen/[id]": { public: "a place to help and the form to take it" },
  "/meedoen/[id]/aanmeldingen": {
    signedIn: (ids) => `/meedoen/${ids.othersPlace}/aanmeldingen`,
    wrongOwner: { as: "bewoner", path: (ids) => `/meedoen/${ids.othersPlace}/aanmeldingen` },
  },
  "/meedoen/afmelden": { public: "the form to cancel a place to help with a number and the code from the text message; the code is the proof" },
  "/meedoen/bewijs/[code]": { public: "the certificate's random code is the proof; it shows only what the paper shows" },
  "/meedoen/nieuw": {
    signedIn: (ids) => `/meedoen/nieuw?idee=${ids.published}`,
    wrongOwner: { as: "bewoner", path: (ids) => `/meedoen/nieuw?idee=${ids.published}` },
  },
  "/privacy": { public: "the privacy statement" },
  "/projecten": { public: "the programme's projects" },
  "/projecten/[id]": { public: "a project: phases, meetings, feedback; results only as public counts" },
  "/mijn-traject": { public: "asks a 06-number; shows a trajectory only with the signed session cookie after the code by text message" },
  "/mijn-traject/code": { public: "typing the code from the text message; the same page for every number" },
  "/mijn-traject/verwijderen": { public: "the confirmation step; without the session cookie it sends back to /mijn-traject" },
  "/projecten/[id]/kiezen": { public: "the keuze: with an account, or a code by text message" },
  "/projecten/[id]/kiezen/code": { public: "typing the code from the text message; the choice is in the asker's own cookie" },
  "/projecten/[id]/kiezen/klaar": { public: "after voting" },
  "/toegankelijkheid": { public: "the accessibility statement" },
  "/tot-ziens": { public: "after deleting an account" },
  "/vragen/[id]": { public: "the start of a vragenlijst; no account needed" },
  "/vragen/[id]/[stap]": { public: "one question of a vragenlijst" },
  "/vragen/[id]/klaar": { public: "after sending the answers" },
  "/vragen/[id]/versturen": { public: "the last screen: optional wijk and age group, then send" },
};

/** Every page.tsx under app/, as its route ("/beheer/activiteiten/[id]"); route groups left out. */
function discoverPages(dir = "app"): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return discoverPages(full);
      if (entry.name !== "page.tsx") return [];
      return [`/${path.relative("app", dir)}`.replace(/\/\([^)]*\)/g, "").replace(/\/$/, "") || "/"];
    })
    .sort();
}

const rolesWithout = (permission: Permission) => ROLES.filter((role) => !(PERMISSIONS[permission] as readonly string[]).includes(role));
const rolesWith = (permission: Permission) => ROLES.filter((role) => (PERMISSIONS[permission] as readonly string[]).includes(role));

/** What `client` gets for a page, without following a redirect. */
async function open(client: Promise<APIRequestContext>, pagePath: string) {
  const response = await (await client).get(pagePath, { maxRedirects: 0 });
  return { status: response.status(), location: response.headers()["location"] ?? "" };
}

test("each page found in the code has an entry in the access table", () => {
  const found = discoverPages();
  expect(found.length).toBeGreaterThan(25);
  expect(found).toEqual(Object.keys(PAGE_CASES).sort());
});

test.describe("pages refuse visitors and wrong roles", () => {
  let ids: DemoIds;
  test.beforeAll(() => {
    ids = demoIds();
  });

  for (const [route, pageCase] of Object.entries(PAGE_CASES)) {
    if ("public" in pageCase) continue;
    test(route, async ({ clientAs }) => {
      const pagePath = "signedIn" in pageCase ? pageCase.signedIn(ids) : pageCase.path(ids);
      const visitor = await open(clientAs("bezoeker"), pagePath);
      expect(visitor.status, `${pagePath} as a visitor`).toBe(307);
      expect(visitor.location, `${pagePath} as a visitor`).toMatch(/\/inloggen\?terug=%2F/);

      if ("permission" in pageCase) {
        for (const role of rolesWithout(pageCase.permission)) expect((await open(clientAs(role), pagePath)).status, `${pagePath} as ${role}`).toBe(403);
        // The path is right: a role with the permission gets the page.
        expect((await open(clientAs(rolesWith(pageCase.permission)[0]!), pagePath)).status, `${pagePath} as a role with ${pageCase.permission}`).toBe(200);
        if (pageCase.wrongOwner) expect((await open(clientAs(pageCase.wrongOwner.as), pageCase.wrongOwner.path(ids))).status, `${pagePath}: someone else's`).toBe(404);
      } else if (pageCase.wrongOwner) {
        expect((await open(clientAs(pageCase.wrongOwner.as), pageCase.wrongOwner.path(ids))).status, `${pagePath}: another resident's`).toBe(404);
      }
    });
  }
});
