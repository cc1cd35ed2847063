import type { ActionName } from "../support/action-names";
import type { Permission } from "@/lib/platform/auth/permissions";
import type { DemoRole } from "../support/auth";
import { one } from "../support/db";
import { newActivityFields, proposalFields } from "../support/http";

/** Ids from the demo data, read from the e2e database when the test runs. */
export function demoIds() {
  const now = Date.now();
  const fatima = one<string>("SELECT id FROM users WHERE email = 'bewoner@demo.example.org'");
  // Whatever other specs left behind, an activity with someone else's sign-up to try.
  const activity = one(
    `SELECT id FROM activities a WHERE starts_at > ? AND cancelled_at IS NULL AND EXISTS (SELECT 1 FROM signups s WHERE s.activity_id = a.id
      AND s.is_walk_in = 0 AND s.status = 'bevestigd' AND (s.user_id IS NULL OR s.user_id != ?)) ORDER BY starts_at DESC`,
    now,
    fatima,
  );
  return {
    piet: one<string>("SELECT id FROM users WHERE email = 'piet@demo.example.org'"),
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
    fund: one("SELECT id FROM funds ORDER BY id"),
    // Another resident's money: a budget line of an open idea, a grant, a realised idea.
    othersBudgetLine: one<number>(
      "SELECT b.id FROM budget_lines b JOIN initiatives i ON i.id = b.initiative_id WHERE i.status = 'zoekt_steun' AND i.initiator_id != ? ORDER BY b.id",
      fatima,
    ),
    othersGrant: one<number>("SELECT g.id FROM grants g JOIN initiatives i ON i.id = g.initiative_id WHERE g.amount_cents IS NOT NULL AND i.initiator_id != ? ORDER BY g.id", fatima),
    othersGrantIdea: one("SELECT g.initiative_id FROM grants g JOIN initiatives i ON i.id = g.initiative_id WHERE g.amount_cents IS NOT NULL AND i.initiator_id != ? ORDER BY g.id", fatima),
    othersRealised: one("SELECT id FROM initiatives WHERE status = 'gerealiseerd' AND initiator_id != ? ORDER BY id", fatima),
    // A project with a vragenlijst and feedback whose team has the demo projectteam member, and one whose team has not.
    project: one(`SELECT p.id FROM projects p JOIN surveys s ON s.owner_kind = 'project' AND s.owner_id = p.id
      WHERE EXISTS (SELECT 1 FROM project_feedback f WHERE f.project_id = p.id) AND EXISTS (SELECT 1 FROM project_members m JOIN users u ON u.id = m.user_id WHERE m.project_id = p.id AND u.email = 'projectteam@demo.example.org') ORDER BY p.id`),
    othersProject: one(`SELECT p.id FROM projects p JOIN surveys s ON s.owner_kind = 'project' AND s.owner_id = p.id
      WHERE EXISTS (SELECT 1 FROM project_feedback f WHERE f.project_id = p.id) AND NOT EXISTS (SELECT 1 FROM project_members m JOIN users u ON u.id = m.user_id WHERE m.project_id = p.id AND u.email = 'projectteam@demo.example.org') ORDER BY p.id`),
    // Another initiator's activity for their own idea: approved with a sign-up, and one waiting for a buurtwerker.
    othersOwnActivity: one("SELECT id FROM activities WHERE organizer_id IS NOT NULL AND organizer_id != ? AND approval = 'goedgekeurd' ORDER BY id", fatima),
    othersOwnSignup: one(
      "SELECT s.id FROM signups s JOIN activities a ON a.id = s.activity_id WHERE a.organizer_id IS NOT NULL AND a.organizer_id != ? AND a.approval = 'goedgekeurd' AND s.status = 'bevestigd' ORDER BY a.id, s.id",
      fatima,
    ),
    waitingOwnActivity: one("SELECT id FROM activities WHERE approval = 'wacht' AND organizer_id != ? ORDER BY id", fatima),
    // A project whose keuze is open now.
    votable: one(`SELECT p.project_id FROM project_polls p JOIN project_phases f ON f.project_id = p.project_id AND f.phase = 'kiezen' WHERE f.starts_on <= date('now') AND f.ends_on >= date('now') ORDER BY p.id`),
    // Places to help hosted by someone else: an open request, and an accepted helper on a past date.
    othersPlace: one("SELECT id FROM help_places WHERE host_id != ? AND starts_at > ? ORDER BY id", fatima, now),
    othersOpenTake: one("SELECT t.id FROM help_takes t JOIN help_places p ON p.id = t.place_id WHERE t.status = 'aangemeld' AND p.host_id != ? AND p.starts_at > ? ORDER BY t.id", fatima, now),
    // The demo coach's own open trajectory, and one of another coach (never to be reached by the demo coach).
    trajectory: one("SELECT t.id FROM trajectories t JOIN users u ON u.id = t.coach_id WHERE u.email = 'coach@demo.example.org' AND t.ended_on IS NULL ORDER BY t.id"),
    othersTrajectory: one("SELECT t.id FROM trajectories t JOIN users u ON u.id = t.coach_id WHERE u.email != 'coach@demo.example.org' AND t.ended_on IS NULL ORDER BY t.id"),
    othersPastTake: one("SELECT t.id FROM help_takes t JOIN help_places p ON p.id = t.place_id WHERE t.status = 'geaccepteerd' AND p.host_id != ? AND p.starts_at < ? ORDER BY t.id", fatima, now),
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

const lineOf = (id: number) => one("SELECT initiative_id FROM budget_lines WHERE id = ?", id);
const grantOf = (id: number) => one("SELECT initiative_id FROM grants WHERE id = ?", id);
const budgetLine = (ids: DemoIds) => ({ initiativeId: String(lineOf(ids.othersBudgetLine)), whatFor: "Overgenomen", amount: "10" });
const lineRemoval = (ids: DemoIds) => ({ initiativeId: String(lineOf(ids.othersBudgetLine)), lineId: String(ids.othersBudgetLine) });
const movement = (ids: DemoIds) => ({ initiativeId: String(grantOf(ids.othersGrant)), grantId: String(ids.othersGrant), on: "2026-01-05", amount: "0,01" });
const spending = (ids: DemoIds) => ({ ...movement(ids), whatFor: "Overgenomen" });
const result = (ids: DemoIds) => ({ initiativeId: String(ids.othersRealised), whatHappened: "Overgenomen.", peopleReached: "1", volunteers: "1", volunteerHours: "1" });

const questionOf = (projectId: number) => one("SELECT q.id FROM survey_questions q JOIN surveys s ON s.id = q.survey_id WHERE s.owner_kind = 'project' AND s.owner_id = ? ORDER BY q.id", projectId);
const monitorYear = () => one("SELECT max(year) FROM monitor_rounds");
const monitorQuestion = () => one("SELECT q.id FROM survey_questions q JOIN monitor_surveys m ON m.survey_id = q.survey_id WHERE m.year = ? AND m.wijk_id = 1 ORDER BY q.position", monitorYear());
const projectFields = (projectId?: number) => ({
  ...(projectId ? { projectId: String(projectId) } : {}),
  title: "Overgenomen project", summary: "Overgenomen.", wijk_1: "on", informerenStart: "2030-01-01", informerenEnd: "2030-01-31",
});
const onProject = (extra: (projectId: number) => Record<string, string>) => (projectId: number) => ({ projectId: String(projectId), ...extra(projectId) });
const teamCase = (page: string, extra: (projectId: number) => Record<string, string> = () => ({})) => ({
  page: (ids: DemoIds) => `/beheer/projecten/${ids.project}${page}`,
  fields: (ids: DemoIds) => onProject(extra)(ids.project),
  permission: "project:manage" as const,
  // Another team's project: "does not exist" for a projectteam member outside that team.
  wrongOwner: { as: "projectteam" as const, fields: (ids: DemoIds) => onProject(extra)(ids.othersProject) },
});
const ownActivity = (ids: DemoIds) => ({
  initiativeId: String(ids.published),
  title: "Overgenomen activiteit",
  description: "",
  address: "Stackstraat 1",
  startsAt: "2030-08-08T10:00",
  endsAt: "2030-08-08T12:00",
  places: "10",
  maxPartySize: "4",
});
const placeOffer = (ids: DemoIds) => ({
  task: "Overgenomen plek om te helpen",
  bring: "",
  wijkId: "1",
  address: "Stackstraat 1",
  startsAt: "2030-08-08T10:00",
  endsAt: "2030-08-08T12:00",
  places: "2",
  hostName: "Overgenomen",
  initiativeId: String(ids.published),
});

/** A case on one trajectory: every role but the coach is refused, and the demo coach cannot reach another coach's client. */
const trajectoryCase = (fields: (trajectoryId: number, ids: DemoIds) => Record<string, string>): ActionCase => ({
  page: (ids) => `/coach/${ids.trajectory}`,
  fields: (ids) => ({ trajectoryId: String(ids.trajectory), ...fields(ids.trajectory, ids) }),
  permission: "trajectory:manage",
  wrongOwner: { as: "participatiecoach", fields: (ids) => ({ trajectoryId: String(ids.othersTrajectory), ...fields(ids.othersTrajectory, ids) }) },
});

/** Every server action of the app. The authorization test fails when one is missing here. */
export const ACTION_CASES: Record<ActionName, ActionCase> = {
  "startTrajectoryAction": {
    page: () => "/coach/nieuw",
    fields: () => ({
      email: "overgenomen@demo.example.org", phone: "", firstName: "Overgenomen", startsOn: "2030-01-01", plannedEndOn: "2030-06-01",
      hoursPerWeek: "8", kind: "vrijwillig", clientGroup: "C", startStep: "2", consent: "on",
    }),
    permission: "trajectory:manage",
    noOwner: "it starts a new trajectory of the signed-in coach; the beheerder is refused like every other role",
  },
  "recordReviewAction": trajectoryCase(() => ({ on: "2030-01-01", step: "3", note: "Overgenomen" })),
  "addNoteAction": trajectoryCase(() => ({ note: "Overgenomen" })),
  "endTrajectoryAction": trajectoryCase(() => ({ endedOn: "2030-01-01", outcome: "gestopt" })),
  "suggestPlaceAction": trajectoryCase((_, ids) => ({ placeId: String(ids.othersPlace) })),
  "takePlaceForClientAction": trajectoryCase((_, ids) => ({ placeId: String(ids.othersPlace) })),
  "offerPlaceAction": {
    page: (ids) => `/meedoen/nieuw?idee=${ids.published}`,
    fields: placeOffer,
    permission: "meedoen:offer",
    // Another resident's published idea: only its initiator (or staff) may offer a place there.
    wrongOwner: { as: "bewoner", fields: placeOffer },
  },
  "takePlaceAction": {
    public: "anyone takes a place to help, with an account or with a name and a mobile number; limited per person and per IP, with a honeypot",
  },
  "withdrawTakeAction": {
    page: () => "/account",
    fields: (ids) => ({ takeId: String(ids.othersOpenTake) }),
    permission: "meedoen:take",
    wrongOwner: { as: "bewoner", fields: (ids) => ({ takeId: String(ids.othersOpenTake) }) },
  },
  "withdrawByCodeAction": {
    public: "the number and the secret code from the text message are the proof, as for activity sign-ups; only a hash is stored and tries are limited per number and per IP",
    probe: { page: "/meedoen/afmelden", fields: () => ({ phone: "06 19999999", code: "000000" }) },
  },
  "decideTakeAction": {
    page: (ids) => `/meedoen/${ids.othersPlace}/aanmeldingen`,
    fields: (ids) => ({ takeId: String(ids.othersOpenTake), accept: "ja" }),
    permission: "meedoen:offer",
    wrongOwner: { as: "bewoner", fields: (ids) => ({ takeId: String(ids.othersOpenTake), accept: "ja" }) },
  },
  "markAttendanceAction": {
    page: (ids) => `/meedoen/${ids.othersPlace}/aanmeldingen`,
    fields: (ids) => ({ takeId: String(ids.othersPastTake), came: "ja", "skill-koken": "on" }),
    permission: "meedoen:offer",
    wrongOwner: { as: "bewoner", fields: (ids) => ({ takeId: String(ids.othersPastTake), came: "ja" }) },
  },
  "requestSignInLinkAction": {
    public: "asking for a sign-in link is how anyone signs in; limited per address and per IP",
  },
  "signInWithCodeAction": {
    public:
      "the code from the sign-in mail is the proof (only a keyed hash is stored); five wrong tries kill it, and wrong codes count against the sign-in limits (tests/platform/sign-in-code.test.ts, e2e/accounts/sign-in-code.spec.ts)",
  },
  "signOutAction": { public: "signing out without a session changes nothing" },
  "saveProfileAction": {
    page: () => "/account/welkom",
    fields: () => ({ displayName: "Gekaapt", wijkId: "" }),
    permission: "account:edit-own",
    noOwner: "it only ever changes the signed-in user's own account; no account id is read from the form",
  },
  "deleteOwnAccountAction": {
    page: () => "/account/verwijderen",
    fields: () => ({ bevestiging: "ja" }),
    permission: "account:edit-own",
    noOwner: "it only ever deletes the signed-in user's own account; no account id is read from the form",
  },
  "changeRoleAction": {
    page: () => "/beheer/gebruikers",
    fields: (ids) => ({ userId: ids.piet, role: "beheerder" }),
    permission: "users:manage",
  },
  "blockAccountAction": {
    page: () => "/beheer/blokkeren",
    fields: (ids) => ({ userId: ids.piet, reason: "Overgenomen verzoek" }),
    permission: "users:block",
    noOwner: "staff may block any account that is not staff; the command refuses staff and oneself",
  },
  "unblockAccountAction": {
    page: () => "/beheer/blokkeren",
    fields: (ids) => ({ userId: ids.piet, reason: "Overgenomen verzoek" }),
    permission: "users:block",
    noOwner: "staff may lift any block",
  },
  "signUpAction": {
    public: "guests sign up without an account; limited per e-mail address and per IP, with a honeypot",
  },
  "cancelSignupAction": {
    public: "the secret token from the confirmation mail is the proof; only its hash is stored",
    probe: { page: "/aanmelding/onzin", fields: () => ({ token: "onzin-token-dat-niet-bestaat" }) },
  },
  "cancelSignupByCodeAction": {
    public: "the number and the secret code from the text message are the proof; only a hash is stored and tries are limited per number and per IP",
    probe: { page: "/aanmelding/code", fields: () => ({ phone: "06 19999999", code: "000000" }) },
  },
  "removeSignupDataAction": {
    public: "the secret token from the confirmation mail is the proof, as for cancelling; only its hash is stored",
    probe: { page: "/aanmelding/onzin/verwijderen", fields: () => ({ token: "onzin-token-dat-niet-bestaat" }) },
  },
  "changePartySizeByLinkAction": {
    public: "the secret token from the confirmation mail is the proof, as for cancelling; only its hash is stored",
    probe: { page: "/aanmelding/onzin", fields: () => ({ token: "onzin-token-dat-niet-bestaat", partySize: "2" }) },
  },
  "changeOwnPartySizeAction": {
    page: () => "/account",
    fields: (ids) => ({ signupId: String(ids.othersSignup), partySize: "2" }),
    permission: "activity:sign-up",
    wrongOwner: { as: "bewoner", fields: (ids) => ({ signupId: String(ids.othersSignup), partySize: "2" }) },
  },
  "cancelOwnSignupAction": {
    page: () => "/account",
    fields: (ids) => ({ signupId: String(ids.othersSignup) }),
    permission: "activity:sign-up",
    wrongOwner: { as: "bewoner", fields: (ids) => ({ signupId: String(ids.othersSignup) }) },
  },
  "saveActivityAction": {
    page: () => "/beheer/activiteiten/nieuw",
    fields: () => newActivityFields("Niet toegestane activiteit"),
    permission: "activity:manage",
  },
  "cancelActivityAction": {
    page: (ids) => `/beheer/activiteiten/${ids.activity}`,
    fields: (ids) => ({ activityId: String(ids.activity) }),
    permission: "activity:manage",
  },
  "createSeriesAction": {
    page: () => "/beheer/activiteiten",
    fields: () => ({ name: "Niet toegestane reeks", oneSignupPerEmail: "ja" }),
    permission: "activity:manage",
  },
  "setSeriesRuleAction": {
    page: () => "/beheer/activiteiten",
    fields: (ids) => ({ seriesId: String(ids.series), oneSignupPerEmail: "nee" }),
    permission: "activity:manage",
  },
  "createOwnActivityAction": {
    page: (ids) => `/initiatieven/${ids.published}/activiteiten/nieuw`,
    fields: ownActivity,
    permission: "activity:organize",
    // Another resident's idea: only its initiator may organise for it.
    wrongOwner: { as: "bewoner", fields: ownActivity },
  },
  "organizerCheckInAction": {
    page: (ids) => `/activiteiten/${ids.othersOwnActivity}/organiseren`,
    fields: (ids) => ({ activityId: String(ids.othersOwnActivity), signupId: String(ids.othersOwnSignup), present: "ja" }),
    permission: "activity:organize",
    // Another initiator's activity, by direct POST: only its organiser may check people in.
    wrongOwner: { as: "bewoner", fields: (ids) => ({ activityId: String(ids.othersOwnActivity), signupId: String(ids.othersOwnSignup), present: "ja" }) },
  },
  "sendOrganizerMessageAction": {
    page: (ids) => `/activiteiten/${ids.othersOwnActivity}/organiseren`,
    fields: (ids) => ({ activityId: String(ids.othersOwnActivity), body: "Overgenomen bericht" }),
    permission: "activity:organize",
    wrongOwner: { as: "bewoner", fields: (ids) => ({ activityId: String(ids.othersOwnActivity), body: "Overgenomen bericht" }) },
  },
  "reportActivityAction": {
    page: (ids) => `/activiteiten/${ids.othersOwnActivity}`,
    fields: (ids) => ({ activityId: String(ids.othersOwnActivity), reason: "spam", note: "" }),
    permission: "activity:report",
    noOwner: "a report always belongs to the signed-in user",
  },
  "decideOnActivityAction": {
    page: (ids) => `/beheer/activiteiten/${ids.waitingOwnActivity}`,
    fields: (ids) => ({ activityId: String(ids.waitingOwnActivity), decision: "goedkeuren", reason: "" }),
    permission: "activity:manage",
  },
  "checkInAction": {
    page: (ids) => `/beheer/activiteiten/${ids.activity}/inchecken`,
    fields: (ids) => ({ activityId: String(ids.activity), signupId: String(ids.othersSignup), present: "ja" }),
    permission: "activity:manage",
  },
  "addWalkInAction": {
    page: (ids) => `/beheer/activiteiten/${ids.activity}/inchecken`,
    fields: (ids) => ({ activityId: String(ids.activity), name: "", partySize: "3" }),
    permission: "activity:manage",
  },
  "signUpOnBehalfAction": {
    page: (ids) => `/beheer/activiteiten/${ids.activity}/aanmelden`,
    fields: (ids) => ({ activityId: String(ids.activity), name: "Overgenomen", email: "", phone: "06 18765432", partySize: "1", notes: "", residentAgreed: "on" }),
    permission: "activity:manage",
  },
  "backInitiativeAction": {
    page: (ids) => `/initiatieven/${ids.published}`,
    fields: (ids) => ({ initiativeId: String(ids.published) }),
    permission: "initiative:back",
    noOwner: "a backing always belongs to the signed-in user",
  },
  "withdrawBackingAction": {
    page: (ids) => `/initiatieven/${ids.published}`,
    fields: (ids) => ({ initiativeId: String(ids.published) }),
    permission: "initiative:back",
    noOwner: "it removes only the signed-in user's own backing",
  },
  "offerHelpAction": {
    page: (ids) => `/initiatieven/${ids.published}`,
    fields: (ids) => ({ initiativeId: String(ids.published), helpNote: "Ik help." }),
    permission: "initiative:back",
    noOwner: "an offer of help always belongs to the signed-in user",
  },
  "addCommentAction": {
    page: (ids) => `/initiatieven/${ids.published}`,
    fields: (ids) => ({ initiativeId: String(ids.published), body: "Mag niet." }),
    permission: "initiative:comment",
    noOwner: "a comment always belongs to the signed-in user",
  },
  "reportAction": {
    page: (ids) => `/initiatieven/${ids.published}`,
    fields: (ids) => ({ initiativeId: String(ids.published), commentId: "", reason: "spam", note: "" }),
    permission: "initiative:report",
    noOwner: "a report always belongs to the signed-in user",
  },
  "reviewAction": {
    page: (ids) => `/beheer/initiatieven/${ids.published}`,
    fields: (ids) => ({ initiativeId: String(ids.published), commentId: "", decision: "hide", reason: "Mag niet." }),
    permission: "initiative:moderate",
  },
  "registerPaperSupportAction": {
    page: (ids) => `/beheer/initiatieven/${ids.published}`,
    fields: (ids) => ({ initiativeId: String(ids.published), count: "500", names: "" }),
    permission: "initiative:act-on-behalf",
  },
  "proposeInitiativeAction": {
    page: () => "/initiatieven/nieuw",
    fields: () => proposal,
    permission: "initiative:propose",
    noOwner: "a new idea always belongs to the signed-in user",
  },
  "updateInitiativeAction": {
    page: (ids) => `/initiatieven/${ids.othersSentBack}/bewerken`,
    fields: (ids) => ({ ...proposal, initiativeId: String(ids.othersSentBack) }),
    permission: "initiative:propose",
    wrongOwner: { as: "bewoner", fields: (ids) => ({ ...proposal, initiativeId: String(ids.othersSentBack) }) },
  },
  "proposeOnBehalfAction": {
    page: () => "/beheer/initiatieven/namens",
    fields: () => ({ ...proposal, residentName: "Mevrouw Jansen", residentContact: "", residentAgreed: "on" }),
    permission: "initiative:act-on-behalf",
  },
  "staffTransitionAction": {
    page: (ids) => `/beheer/initiatieven/${ids.submitted}`,
    fields: (ids) => ({ initiativeId: String(ids.submitted), transition: "publish" }),
    permission: "initiative:moderate",
  },
  "followAction": {
    page: (ids) => `/initiatieven/${ids.published}`,
    fields: (ids) => ({ initiativeId: String(ids.published) }),
    permission: "initiative:follow",
    noOwner: "a follow always belongs to the signed-in user",
  },
  "unfollowAction": {
    page: (ids) => `/initiatieven/${ids.published}`,
    fields: (ids) => ({ initiativeId: String(ids.published) }),
    permission: "initiative:follow",
    noOwner: "it removes only the signed-in user's own follow",
  },
  "savePreferencesAction": {
    page: () => "/account",
    fields: () => ({ followMails: "never", staffMails: "never" }),
    permission: "account:edit-own",
    noOwner: "it only changes the signed-in user's own choices; no account id is read from the form",
  },
  "unsubscribeAction": {
    public: "the secret token from the notification mail is the proof (RFC 8058 needs no sign-in); only its hash is stored",
    probe: { page: "/afmelden/onzin", fields: () => ({ token: "onzin-token-dat-niet-bestaat" }) },
  },
  "postUpdateAction": {
    page: (ids) => `/initiatieven/${ids.published}`,
    fields: (ids) => ({ initiativeId: String(ids.published), body: "Niet van mij." }),
    permission: "initiative:post-update",
    wrongOwner: { as: "bewoner", fields: (ids) => ({ initiativeId: String(ids.published), body: "Niet van mij." }) },
  },
  "hideUpdateAction": {
    page: (ids) => `/initiatieven/${ids.published}`,
    fields: (ids) => ({ initiativeId: String(ids.published), updateId: "1", reason: "Mag niet." }),
    permission: "comment:moderate",
  },
  "saveSettingsAction": {
    page: () => "/beheer/instellingen",
    fields: () => ({ supportThreshold: "2", initiativeGoal: "3", guestDataRetentionMonths: "24", clientGroups: "X, Y" }),
    permission: "settings:manage",
  },
  "saveWijkAction": {
    page: () => "/beheer/instellingen",
    fields: () => ({ wijkId: "1", name: "Overgenomen wijk" }),
    permission: "settings:manage",
  },
  "saveThemeAction": {
    page: () => "/beheer/instellingen",
    fields: () => ({ themeId: "", name: "Overgenomen thema", leefgebied: "wonen-ruimte" }),
    permission: "settings:manage",
  },
  "initiatorTransitionAction": {
    page: (ids) => `/initiatieven/${ids.othersSentBack}`,
    fields: (ids) => ({ initiativeId: String(ids.othersSentBack), transition: "resubmit" }),
    permission: "initiative:propose",
    wrongOwner: { as: "bewoner", fields: (ids) => ({ initiativeId: String(ids.othersSentBack), transition: "resubmit" }) },
  },
  "saveFundAction": {
    page: () => "/beheer/fondsen",
    fields: () => ({ fundId: "", name: "Overgenomen fonds", provider: "Niemand", open: "on" }),
    permission: "fund:manage",
  },
  "setBudgetAction": {
    page: () => "/beheer/fondsen",
    fields: (ids) => ({ fundId: String(ids.fund), year: "2030", amount: "1000000" }),
    permission: "fund:manage",
  },
  "addAdviceAction": {
    page: (ids) => `/beheer/initiatieven/${ids.published}`,
    fields: (ids) => ({ initiativeId: String(ids.published), text: "Overgenomen advies." }),
    permission: "fund:advise",
  },
  "decideMoneyAction": {
    page: (ids) => `/beheer/initiatieven/${ids.published}`,
    fields: (ids) => ({ decision: "grant", initiativeId: String(ids.published), fundId: String(ids.fund), amount: "1", contactName: "X", contactEmail: "x@heerlen.nl" }),
    permission: "fund:decide",
  },
  "recordPaymentAction": {
    page: (ids) => `/beheer/initiatieven/${grantOf(ids.othersGrant)}`,
    fields: movement,
    permission: "fund:decide",
  },
  "addBudgetLineAction": {
    page: (ids) => `/initiatieven/${lineOf(ids.othersBudgetLine)}/begroting`,
    fields: budgetLine,
    permission: "fund:request",
    wrongOwner: { as: "bewoner", fields: budgetLine },
  },
  "removeBudgetLineAction": {
    page: (ids) => `/initiatieven/${lineOf(ids.othersBudgetLine)}/begroting`,
    fields: lineRemoval,
    permission: "fund:request",
    wrongOwner: { as: "bewoner", fields: lineRemoval },
  },
  "sendMoneyRequestAction": {
    page: (ids) => `/initiatieven/${lineOf(ids.othersBudgetLine)}/begroting`,
    fields: (ids) => ({ initiativeId: String(lineOf(ids.othersBudgetLine)) }),
    permission: "fund:request",
    wrongOwner: { as: "bewoner", fields: (ids) => ({ initiativeId: String(lineOf(ids.othersBudgetLine)) }) },
  },
  "reportSpendingAction": {
    page: (ids) => `/initiatieven/${grantOf(ids.othersGrant)}/geld`,
    fields: spending,
    permission: "fund:request",
    wrongOwner: { as: "bewoner", fields: spending },
  },
  "returnMoneyAction": {
    page: (ids) => `/initiatieven/${grantOf(ids.othersGrant)}/geld`,
    fields: movement,
    permission: "fund:request",
    wrongOwner: { as: "bewoner", fields: movement },
  },
  "saveResultAction": {
    page: (ids) => `/initiatieven/${ids.othersRealised}/resultaat`,
    fields: result,
    permission: "fund:request",
    wrongOwner: { as: "bewoner", fields: result },
  },
  "createProjectAction": {
    page: () => "/beheer/projecten/nieuw",
    fields: () => projectFields(),
    permission: "project:create",
    noOwner: "only the beheerder makes projects; there is no one else's to take",
  },
  "updateProjectAction": {
    page: (ids) => `/beheer/projecten/${ids.project}/bewerken`,
    fields: (ids) => projectFields(ids.project),
    permission: "project:manage",
    // Another team's project: "does not exist" for a projectteam member outside that team.
    wrongOwner: { as: "projectteam", fields: (ids) => projectFields(ids.othersProject) },
  },
  "setTeamAction": {
    page: (ids) => `/beheer/projecten/${ids.project}`,
    fields: (ids) => ({ projectId: String(ids.project) }),
    permission: "project:create",
    noOwner: "only the beheerder names a team, for any project",
  },
  "addQuestionAction": teamCase("/vragen", () => ({ kind: "janee", prompt: "Overgenomen vraag?" })),
  "removeQuestionAction": teamCase("/vragen", (projectId) => ({ questionId: String(questionOf(projectId)) })),
  "linkMeetingAction": teamCase("", () => ({ activityId: String(one("SELECT id FROM activities ORDER BY id")) })),
  "unlinkMeetingAction": teamCase("", () => ({ activityId: String(one("SELECT id FROM activities ORDER BY id")) })),
  "addFeedbackAction": teamCase("", () => ({ topic: "Overgenomen", outcome: "niet", reason: "Overgenomen." })),
  "removeFeedbackAction": teamCase("", (projectId) => ({ feedbackId: String(one("SELECT id FROM project_feedback WHERE project_id = ? ORDER BY id", projectId)) })),
  "sendFeedbackAction": teamCase(""),
  "enterPaperAction": {
    page: (ids) => `/beheer/projecten/${ids.project}/papier`,
    fields: (ids) => ({ projectId: String(ids.project), [`q${questionOf(ids.project)}`]: "3" }),
    permission: "survey:enter-paper",
    wrongOwner: { as: "projectteam", fields: (ids) => ({ projectId: String(ids.othersProject), [`q${questionOf(ids.othersProject)}`]: "3" }) },
  },
  "followProjectAction": {
    page: (ids) => `/projecten/${ids.project}`,
    fields: (ids) => ({ projectId: String(ids.project), follow: "ja" }),
    permission: "project:follow",
    noOwner: "it only ever changes the signed-in user's own follow",
  },
  "savePopulationAction": {
    page: () => "/beheer/projecten/inwoners",
    fields: () => ({ source: "Overgenomen", "n_1_67+": "1" }),
    permission: "project:create",
    noOwner: "the reference numbers are the beheerder's, for every wijk",
  },
  "setProjectImageAction": teamCase("", () => ({ imageAlt: "Overgenomen foto" })),
  "savePollAction": teamCase("", () => ({ question: "Overgenomen keuze?", maxChoices: "1" })),
  "addPollOptionAction": teamCase("", () => ({ label: "Overgenomen" })),
  "removePollOptionAction": teamCase("", () => ({ optionId: String(one("SELECT id FROM project_poll_options ORDER BY id")) })),
  "voteAction": {
    page: (ids) => `/projecten/${ids.votable}/kiezen`,
    fields: (ids) => ({ projectId: String(ids.votable), option: String(one("SELECT o.id FROM project_poll_options o JOIN project_polls p ON p.id = o.poll_id WHERE p.project_id = ? ORDER BY o.id", ids.votable)) }),
    permission: "project:vote",
    noOwner: "a vote is the signed-in account's own; one per account by the database (tests/projects/vote-once-under-concurrency.test.ts)",
  },
  "leaveContactAction": {
    public: "anyone may leave an e-mail address or 06-number for one project's news, without an account; limited per network and per address (tests/projects/contacts.test.ts)",
  },
  "stopContactAction": {
    public: "the secret token from the stop link is the proof; only its hash is stored (tests/projects/contacts.test.ts)",
    probe: { page: "/projecten/stoppen/onzin", fields: () => ({ token: "onzin-token-dat-niet-bestaat" }) },
  },
  "requestVoteCodeAction": {
    public: "voting needs no account: a code by text message confirms the number; limited per network and per number (tests/projects/poll.test.ts)",
  },
  "requestTrajectoryCodeAction": {
    public: "/mijn-traject needs no account: the same answer for every number, a text message only to a number with a trajectory; limited per network and per number (tests/trajectories/phone-only.test.ts)",
  },
  "trajectoryCodeAction": {
    public: "the code from the text message, found by the token in the asker's own cookie; five wrong tries kill it, every failure the same answer (tests/trajectories/phone-only.test.ts)",
    probe: { page: "/mijn-traject/code", fields: () => ({ code: "000000" }) },
  },
  "removePhoneTrajectoryAction": {
    public: "only with the signed session cookie of /mijn-traject, bound to the trajectory's number (tests/trajectories/phone-only.test.ts)",
    probe: { page: "/mijn-traject", fields: () => ({ bevestiging: "ja" }) },
  },
  "voteWithCodeAction": {
    public: "the code from the text message, found by the token in the asker's own cookie; five wrong tries kill it (tests/projects/poll.test.ts)",
  },
  "setMonitorRoundAction": {
    page: () => "/beheer/buurtmonitor",
    fields: () => ({ year: "2031", opensOn: "2031-03-01", closesOn: "2031-03-10" }),
    permission: "monitor:manage",
    noOwner: "the buurtmonitor is the whole programme's; only the beheerder sets its dates",
  },
  "enterMonitorPaperAction": {
    page: () => `/beheer/buurtmonitor/${monitorYear()}/papier?wijk=1`,
    fields: () => ({ year: String(monitorYear()), wijkId: "1", [`q${monitorQuestion()}`]: "0" }),
    permission: "monitor:enter-paper",
    noOwner: "the buurtmonitor is the whole neighbourhood's: any buurtwerker types in paper forms of any wijk",
  },
  "answerQuestionAction": {
    public: "a vragenlijst needs no account; answers are anonymous, kept per device cookie until sent (tests/projects/survey-answers.test.ts)",
  },
  "sendAnswersAction": {
    public: "a vragenlijst needs no account; once per device and per account, limited per device and per network (tests/projects/survey-answers.test.ts)",
  },
};

export type RouteCase =
  | { public: string; probe?: { path: (ids: DemoIds) => string; status: number } }
  | { path: (ids: DemoIds) => string; permission: Permission };

/** Every route handler of the app by method and path. The test fails when one is missing here. */
export const ROUTE_CASES: Record<string, RouteCase> = {
  "GET /.well-known/security.txt": { public: "where to report a security problem (RFC 9116)" },
  "GET /account/gegevens": { path: () => "/account/gegevens", permission: "account:edit-own" },
  "GET /mijn-traject/gegevens": { public: "only with the signed session cookie of /mijn-traject (a code by text message)", probe: { path: () => "/mijn-traject/gegevens", status: 404 } },
  "GET /activiteiten/[id]/agenda.ics": { public: "an activity's calendar file, as public as its page; no personal data" },
  "GET /meedoen/bewijs/[code]/pdf": {
    public: "the certificate as a PDF; the code (50 random bits) is the proof, as for its page, and it shows only what the certificate shows",
    probe: { path: () => "/meedoen/bewijs/ABCDEFGHJK/pdf", status: 404 },
  },
  "GET /vragen/[id]/link/[token]": { public: "a personal one-time link to a survey: keeps the token in a cookie and opens the first question; no account, the token is the proof (tests/effect/three-questions.test.ts)" },
  "GET /activiteiten/agenda.ics": { public: "the calendar feed of upcoming activities; no personal data" },
  "GET /activiteiten/[id]/voorbeeld.png": { public: "an activity's preview picture for shared links, as public as its page; no personal data" },
  "POST /afmelden/[token]/een-klik": {
    public: "one-click unsubscribe (RFC 8058): the secret token in the address is the proof; only its hash is stored",
    probe: { path: () => "/afmelden/onzin-token/een-klik", status: 404 },
  },
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
    public: "published ideas that look like a typed title; never an unpublished or hidden one (tests/initiatives/similar-ideas.test.ts)",
  },
  "GET /api/v1/stats": { public: "open data: figures with small counts suppressed" },
  "GET /api/v1/stats.csv": { public: "open data: the same figures as CSV" },
  "GET /beheer/activiteiten/[id]/lijst.csv": { path: (ids) => `/beheer/activiteiten/${ids.activity}/lijst.csv`, permission: "activity:manage" },
  "GET /beheer/projecten/[id]/verslag.csv": { path: (ids) => `/beheer/projecten/${ids.project}/verslag.csv`, permission: "project:manage" },
  "GET /beheer/bonnetjes/[name]": { path: () => `/beheer/bonnetjes/${"a".repeat(32)}.webp`, permission: "fund:advise" },
  "GET /beheer/fondsen/[id]/grootboek.csv": { path: (ids) => `/beheer/fondsen/${ids.fund}/grootboek.csv?jaar=2026`, permission: "fund:manage" },
  "GET /dashboard/csv": { path: () => "/dashboard/csv?tabel=wijken", permission: "dashboard:view" },
  "GET /initiatieven/[id]/voorbeeld.png": {
    public: "the preview picture of a published idea for shared links; of any other idea a 404",
    probe: { path: (ids) => `/initiatieven/${ids.submitted}/voorbeeld.png`, status: 404 },
  },
  "GET /projecten/foto/[name]": {
    public: "a project's picture and the photos of its keuze, as public as the project; any other name a 404",
    probe: { path: () => "/projecten/foto/..%2F..%2Fapp.db", status: 404 },
  },
  "GET /initiatieven/foto/[name]": {
    public: "photos of published ideas; of any other idea only for its initiator and staff (tests/initiatives/photo-access.test.ts), else a 404",
    probe: { path: () => "/initiatieven/foto/..%2F..%2Fapp.db", status: 404 },
  },
};
