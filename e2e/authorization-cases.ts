import type { Permission } from "@/lib/auth/permissions";
import type { DemoRole } from "./support/auth";
import { one } from "./support/db";
import { newActivityFields, proposalFields } from "./support/http";

/** Ids from the demo data, read from the e2e database when the test runs. */
export function demoIds() {
  const now = Date.now();
  const fatima = one<string>("SELECT id FROM users WHERE email = 'bewoner@demo.burgersmaken.nl'");
  // Whatever other specs left behind, an activity with someone else's sign-up to try.
  const activity = one(
    `SELECT id FROM activities a WHERE starts_at > ? AND cancelled_at IS NULL AND EXISTS (SELECT 1 FROM signups s WHERE s.activity_id = a.id
      AND s.is_walk_in = 0 AND s.status = 'bevestigd' AND (s.user_id IS NULL OR s.user_id != ?)) ORDER BY starts_at DESC`,
    now,
    fatima,
  );
  return {
    piet: one<string>("SELECT id FROM users WHERE email = 'piet@demo.burgersmaken.nl'"),
    published: one("SELECT id FROM initiatives WHERE status = 'zoekt_steun' AND initiator_id != ? ORDER BY id", fatima),
    submitted: one("SELECT id FROM initiatives WHERE status = 'ingediend' ORDER BY id"),
    // Sent back to another resident: the one state in which an initiator may change and resubmit it.
    othersSentBack: one("SELECT id FROM initiatives WHERE status = 'teruggestuurd' AND initiator_id != ? ORDER BY id", fatima),
    activity,
    othersSignup: one(
      "SELECT id FROM signups WHERE activity_id = ? AND is_walk_in = 0 AND status = 'bevestigd' AND (user_id IS NULL OR user_id != ?) ORDER BY id",
      activity,
      fatima,
    ),
    series: one("SELECT id FROM activity_series ORDER BY id"),
  };
}
export type DemoIds = ReturnType<typeof demoIds>;

type Fields = (ids: DemoIds) => Record<string, string>;

export type ActionCase =
  | { public: string; probe?: { fields: Fields; page: string } }
  | {
      /** Where the form lives; the call goes there, as the browser's would. */
      page: (ids: DemoIds) => string;
      /** A valid request, so that only the authorization can stop it. */
      fields: Fields;
      /** The permission the action needs; every role without it is tried. */
      permission: Permission;
      /** Another resident's resource, tried by a role that has the permission. */
      wrongOwner?: { as: DemoRole; fields: Fields };
      /** Why there is no wrong-owner case. */
      noOwner?: string;
    };

const proposal = proposalFields("Overgenomen idee");

/** Every server action of the app. The authorization test fails when one is missing here. */
export const ACTION_CASES: Record<string, ActionCase> = {
  "lib/accounts/actions.ts#requestSignInLinkAction": {
    public: "asking for a sign-in link is how anyone signs in; limited per address and per IP",
  },
  "lib/accounts/actions.ts#signOutAction": { public: "signing out without a session changes nothing" },
  "lib/accounts/actions.ts#saveProfileAction": {
    page: () => "/account/welkom",
    fields: () => ({ displayName: "Gekaapt", wijkId: "" }),
    permission: "account:edit-own",
    noOwner: "it only ever changes the signed-in user's own account; no account id is read from the form",
  },
  "lib/accounts/actions.ts#deleteOwnAccountAction": {
    page: () => "/account/verwijderen",
    fields: () => ({ bevestiging: "ja" }),
    permission: "account:edit-own",
    noOwner: "it only ever deletes the signed-in user's own account; no account id is read from the form",
  },
  "lib/accounts/actions.ts#changeRoleAction": {
    page: () => "/beheer/gebruikers",
    fields: (ids) => ({ userId: ids.piet, role: "beheerder" }),
    permission: "users:manage",
  },
  "lib/activities/actions.ts#signUpAction": {
    public: "guests sign up without an account; limited per e-mail address and per IP, with a honeypot",
  },
  "lib/activities/actions.ts#cancelSignupAction": {
    public: "the secret token from the confirmation mail is the proof; only its hash is stored",
    probe: { page: "/aanmelding/onzin", fields: () => ({ token: "onzin-token-dat-niet-bestaat" }) },
  },
  "lib/activities/actions.ts#removeSignupDataAction": {
    public: "the secret token from the confirmation mail is the proof, as for cancelling; only its hash is stored",
    probe: { page: "/aanmelding/onzin/verwijderen", fields: () => ({ token: "onzin-token-dat-niet-bestaat" }) },
  },
  "lib/activities/actions.ts#cancelOwnSignupAction": {
    page: () => "/account",
    fields: (ids) => ({ signupId: String(ids.othersSignup) }),
    permission: "activity:sign-up",
    wrongOwner: { as: "bewoner", fields: (ids) => ({ signupId: String(ids.othersSignup) }) },
  },
  "lib/activities/staff-actions.ts#saveActivityAction": {
    page: () => "/beheer/activiteiten/nieuw",
    fields: () => newActivityFields("Niet toegestane activiteit"),
    permission: "activity:manage",
  },
  "lib/activities/staff-actions.ts#cancelActivityAction": {
    page: (ids) => `/beheer/activiteiten/${ids.activity}`,
    fields: (ids) => ({ activityId: String(ids.activity) }),
    permission: "activity:manage",
  },
  "lib/activities/staff-actions.ts#createSeriesAction": {
    page: () => "/beheer/activiteiten",
    fields: () => ({ name: "Niet toegestane reeks", oneSignupPerEmail: "ja" }),
    permission: "activity:manage",
  },
  "lib/activities/staff-actions.ts#setSeriesRuleAction": {
    page: () => "/beheer/activiteiten",
    fields: (ids) => ({ seriesId: String(ids.series), oneSignupPerEmail: "nee" }),
    permission: "activity:manage",
  },
  "lib/activities/staff-actions.ts#checkInAction": {
    page: (ids) => `/beheer/activiteiten/${ids.activity}/inchecken`,
    fields: (ids) => ({ activityId: String(ids.activity), signupId: String(ids.othersSignup), present: "ja" }),
    permission: "activity:manage",
  },
  "lib/activities/staff-actions.ts#addWalkInAction": {
    page: (ids) => `/beheer/activiteiten/${ids.activity}/inchecken`,
    fields: (ids) => ({ activityId: String(ids.activity), name: "", partySize: "3" }),
    permission: "activity:manage",
  },
  "lib/initiatives/actions/backing.ts#backInitiativeAction": {
    page: (ids) => `/initiatieven/${ids.published}`,
    fields: (ids) => ({ initiativeId: String(ids.published) }),
    permission: "initiative:back",
    noOwner: "a backing always belongs to the signed-in user",
  },
  "lib/initiatives/actions/backing.ts#withdrawBackingAction": {
    page: (ids) => `/initiatieven/${ids.published}`,
    fields: (ids) => ({ initiativeId: String(ids.published) }),
    permission: "initiative:back",
    noOwner: "it removes only the signed-in user's own backing",
  },
  "lib/initiatives/actions/backing.ts#offerHelpAction": {
    page: (ids) => `/initiatieven/${ids.published}`,
    fields: (ids) => ({ initiativeId: String(ids.published), helpNote: "Ik help." }),
    permission: "initiative:back",
    noOwner: "an offer of help always belongs to the signed-in user",
  },
  "lib/initiatives/actions/moderation.ts#addCommentAction": {
    page: (ids) => `/initiatieven/${ids.published}`,
    fields: (ids) => ({ initiativeId: String(ids.published), body: "Mag niet." }),
    permission: "initiative:comment",
    noOwner: "a comment always belongs to the signed-in user",
  },
  "lib/initiatives/actions/moderation.ts#reportAction": {
    page: (ids) => `/initiatieven/${ids.published}`,
    fields: (ids) => ({ initiativeId: String(ids.published), commentId: "", reason: "spam", note: "" }),
    permission: "initiative:report",
    noOwner: "a report always belongs to the signed-in user",
  },
  "lib/initiatives/actions/moderation.ts#reviewAction": {
    page: (ids) => `/beheer/initiatieven/${ids.published}`,
    fields: (ids) => ({ initiativeId: String(ids.published), commentId: "", decision: "hide", reason: "Mag niet." }),
    permission: "initiative:moderate",
  },
  "lib/initiatives/actions/moderation.ts#registerPaperSupportAction": {
    page: (ids) => `/beheer/initiatieven/${ids.published}`,
    fields: (ids) => ({ initiativeId: String(ids.published), count: "500", names: "" }),
    permission: "initiative:act-on-behalf",
  },
  "lib/initiatives/actions/proposal.ts#proposeInitiativeAction": {
    page: () => "/initiatieven/nieuw",
    fields: () => proposal,
    permission: "initiative:propose",
    noOwner: "a new idea always belongs to the signed-in user",
  },
  "lib/initiatives/actions/proposal.ts#updateInitiativeAction": {
    page: (ids) => `/initiatieven/${ids.othersSentBack}/bewerken`,
    fields: (ids) => ({ ...proposal, initiativeId: String(ids.othersSentBack) }),
    permission: "initiative:propose",
    wrongOwner: { as: "bewoner", fields: (ids) => ({ ...proposal, initiativeId: String(ids.othersSentBack) }) },
  },
  "lib/initiatives/actions/proposal.ts#proposeOnBehalfAction": {
    page: () => "/beheer/initiatieven/namens",
    fields: () => ({ ...proposal, residentName: "Mevrouw Jansen", residentContact: "", residentAgreed: "on" }),
    permission: "initiative:act-on-behalf",
  },
  "lib/initiatives/actions/transition.ts#staffTransitionAction": {
    page: (ids) => `/beheer/initiatieven/${ids.submitted}`,
    fields: (ids) => ({ initiativeId: String(ids.submitted), transition: "publish" }),
    permission: "initiative:moderate",
  },
  "lib/settings/actions.ts#saveSettingsAction": {
    page: () => "/beheer/instellingen",
    fields: () => ({ supportThreshold: "2", initiativeGoal: "3", guestDataRetentionMonths: "24" }),
    permission: "settings:manage",
  },
  "lib/settings/actions.ts#saveWijkAction": {
    page: () => "/beheer/instellingen",
    fields: () => ({ wijkId: "1", name: "Overgenomen wijk" }),
    permission: "settings:manage",
  },
  "lib/settings/actions.ts#saveThemeAction": {
    page: () => "/beheer/instellingen",
    fields: () => ({ themeId: "", name: "Overgenomen thema", leefgebied: "wonen-ruimte" }),
    permission: "settings:manage",
  },
  "lib/initiatives/actions/transition.ts#initiatorTransitionAction": {
    page: (ids) => `/initiatieven/${ids.othersSentBack}`,
    fields: (ids) => ({ initiativeId: String(ids.othersSentBack), transition: "resubmit" }),
    permission: "initiative:propose",
    wrongOwner: { as: "bewoner", fields: (ids) => ({ initiativeId: String(ids.othersSentBack), transition: "resubmit" }) },
  },
};

export type RouteCase =
  | { public: string; probe?: { path: (ids: DemoIds) => string; status: number } }
  | { path: (ids: DemoIds) => string; permission: Permission };

/** Every route handler of the app by method and path. The test fails when one is missing here. */
export const ROUTE_CASES: Record<string, RouteCase> = {
  "GET /.well-known/security.txt": { public: "where to report a security problem (RFC 9116)" },
  "GET /account/gegevens": { path: () => "/account/gegevens", permission: "account:edit-own" },
  "GET /activiteiten/[id]/agenda.ics": { public: "an activity's calendar file, as public as its page; no personal data" },
  "GET /activiteiten/agenda.ics": { public: "the calendar feed of upcoming activities; no personal data" },
  "GET /activiteiten/[id]/voorbeeld.png": { public: "an activity's preview picture for shared links, as public as its page; no personal data" },
  "GET /api/auth/[...nextauth]": { public: "Auth.js itself: the sign-in callback and the CSRF token" },
  "POST /api/auth/[...nextauth]": {
    public: "Auth.js itself (sign-out); its own sign-in endpoint is closed so the rate limits cannot be bypassed",
    probe: { path: () => "/api/auth/signin/nodemailer", status: 404 },
  },
  "GET /api/v1/activities": { public: "open data: the public list of activities; no sign-ups, names or contacts" },
  "GET /api/v1/initiatives": { public: "open data: published ideas only" },
  "GET /api/v1/initiatives/[id]": {
    public: "open data: one published idea; anything unpublished is a 404",
    probe: { path: (ids) => `/api/v1/initiatives/${ids.submitted}`, status: 404 },
  },
  "GET /api/v1/initiatives/similar": {
    public: "published ideas that look like a typed title; never an unpublished or hidden one (tests/unit/initiatives-similar.test.ts)",
  },
  "GET /api/v1/stats": { public: "open data: figures with small counts suppressed" },
  "GET /api/v1/stats.csv": { public: "open data: the same figures as CSV" },
  "GET /beheer/activiteiten/[id]/lijst.csv": { path: (ids) => `/beheer/activiteiten/${ids.activity}/lijst.csv`, permission: "activity:manage" },
  "GET /dashboard/csv": { path: () => "/dashboard/csv?tabel=wijken", permission: "dashboard:view" },
  "GET /initiatieven/[id]/voorbeeld.png": {
    public: "the preview picture of a published idea for shared links; of any other idea a 404",
    probe: { path: (ids) => `/initiatieven/${ids.submitted}/voorbeeld.png`, status: 404 },
  },
  "GET /initiatieven/foto/[name]": {
    public: "photos of published ideas; of any other idea only for its initiator and staff (tests/unit/initiatives-photo-access.test.ts), else a 404",
    probe: { path: () => "/initiatieven/foto/..%2F..%2Fapp.db", status: 404 },
  },
};
