import { and, eq, gt, max } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import type { InitiativeStatus } from "@/db/enums";
import { auditLog, signups, users } from "@/db/schema";
import { blockAccount, unblockAccount } from "@/lib/accounts/commands/blocking";
import { changeRole } from "@/lib/accounts/commands/accounts";
import { signUp } from "@/lib/activities/commands/signups";
import { signUpOnBehalf } from "@/lib/activities/commands/on-behalf";
import { decideOnActivity } from "@/lib/activities/commands/approval";
import { activitySchema } from "@/lib/activities/schema";
import { addWalkIn, cancelActivity, createActivity, createSeries, setCheckIn, setSeriesRule, updateActivity } from "@/lib/activities/commands/staff";
import { decideMoney } from "@/lib/funds/commands/decisions";
import { saveFund, setBudget } from "@/lib/funds/commands/funds";
import { recordPayment } from "@/lib/funds/commands/movements";
import { addAdvice } from "@/lib/funds/commands/requests";
import { saveResult } from "@/lib/funds/commands/results";
import { registerPaperSupport } from "@/lib/initiatives/commands/paper";
import { createOnBehalf } from "@/lib/initiatives/commands/proposal";
import { reviewContent } from "@/lib/initiatives/commands/reports";
import { applyTransition } from "@/lib/initiatives/commands/transition";
import { onBehalfSchema } from "@/lib/initiatives/schema";
import { STAFF_TRANSITIONS, type Transition } from "@/lib/initiatives/status";
import { decideTake, markAttendance } from "@/lib/meedoen/commands/host";
import { offerPlace } from "@/lib/meedoen/commands/offer";
import { takePlace } from "@/lib/meedoen/commands/take";
import { offerSchema } from "@/lib/meedoen/schema";
import { saveSettings, saveTheme, saveWijk } from "@/lib/settings/commands/settings";
import { settingsSchema } from "@/lib/settings/schema";
import { hideUpdate, postUpdate } from "@/lib/updates/commands/updates";
import { addFeedback, removeFeedback, sendFeedback } from "@/lib/projects/commands/feedback";
import { linkMeeting, unlinkMeeting } from "@/lib/projects/commands/meetings";
import { createProject, setTeam, updateProject } from "@/lib/projects/commands/projects";
import { addProjectQuestion, enterProjectPaper, removeProjectQuestion } from "@/lib/projects/commands/survey";
import { addPollOption, removePollOption, savePoll, setProjectImage } from "@/lib/projects/commands/poll";
import { savePopulation } from "@/lib/surveys/commands/population";
import { loadSurvey } from "@/lib/surveys/queries/survey";
import { enterMonitorPaper, setMonitorRound, surveysOfYear } from "@/lib/effect/commands/monitor";
import { suggestPlace } from "@/lib/trajectories/commands/places";
import { addNote, endTrajectory, recordReview } from "@/lib/trajectories/commands/work";
import { startFor } from "../support/trajectories-factory";
import { addQuestions, createOpenPoll, createOpenProject, SMILEY } from "../support/projects-factory";
import type { ActionName } from "../../e2e/support/action-names";
import { discoverActions } from "../../e2e/support/server-actions";
import { BASE_URL, createActivityRow, createSeriesRow, person } from "../support/activities-factory";
import { createInitiative, createUser } from "../support/factories";
import { createFund } from "../support/funds-factory";
import { createPlaceRow, newPhone } from "../support/meedoen-factory";

const db = () => getDb();
const staffOf = (id: string) => ({ id, role: "buurtwerker" as const });
const activityData = (title: string) =>
  activitySchema.parse({
    title, description: "", wijkId: "1", address: "Stackstraat 1", startsAt: "2030-08-08T17:00", endsAt: "2030-08-08T20:00",
    signupDeadline: "2030-08-07T12:00", places: "10", maxPartySize: "2", seriesId: "", initiativeId: "",
  });
const confirmedSignup = (activityId: number) =>
  signUp(db(), { ...person(1), activityId, userId: null, baseUrl: BASE_URL }).signupId;

/** The statuses a staff step starts from, so each can be taken on a fresh idea. */
const TRANSITION_FROM: Partial<Record<Transition, InitiativeStatus>> = {
  publish: "ingediend",
  send_back: "ingediend",
  reject: "ingediend",
  assign_coach: "zoekt_steun",
  start: "zoekt_steun",
  finish: "in_uitvoering",
};
const staffTransition = (actorId: string, transition: Transition) => {
  const from = TRANSITION_FROM[transition];
  if (!from) throw new Error(`Add the status that ${transition} starts from to TRANSITION_FROM`);
  const idea = createInitiative(createUser(), from);
  applyTransition(db(), { actor: staffOf(actorId), initiativeId: idea, transition, note: "Een zin erbij.", coachId: actorId });
};

type StaffCase = { staff: (actorId: string) => void } | { notStaff: string };

/**
 * Every server action of the app (found in the code, as the authorization test finds them). A
 * staff action runs its command here as a fresh staff member; each must leave an audit record by
 * that actor. A new action without an entry fails the test.
 */
/** The coach (the actor) with a trajectory of their own; the logbook line names neither client nor file. */
const coachedBy = (actorId: string) => {
  db().update(users).set({ role: "participatiecoach" }).where(eq(users.id, actorId)).run();
  const coach = { id: actorId, name: "Coach" };
  return { coach, trajectoryId: startFor(coach, createUser()) };
};

const CASES: Partial<Record<ActionName, StaffCase | StaffCase[]>> = {
  "startTrajectoryAction": { staff: (actorId) => coachedBy(actorId) },
  "recordReviewAction": { staff: (actorId) => recordReview(db(), { ...coachedBy(actorId), on: "2026-07-01", step: 3, note: "" }) },
  "addNoteAction": { staff: (actorId) => addNote(db(), { ...coachedBy(actorId), note: "Notitie" }) },
  "endTrajectoryAction": { staff: (actorId) => endTrajectory(db(), { ...coachedBy(actorId), endedOn: "2026-07-01", outcome: "gestopt" }) },
  "suggestPlaceAction": { staff: (actorId) => suggestPlace(db(), { ...coachedBy(actorId), placeId: createPlaceRow(null), baseUrl: BASE_URL }) },
  "takePlaceForClientAction": {
    notStaff:
      "the coach takes the place in the client's own name, as the client would; a logbook line by a coach at the moment of a take would point at the person, so it goes only in the client's own access record (docs/trajectories.md)",
  },
  "requestSignInLinkAction": { notStaff: "anyone asks a sign-in link" },
  "signInWithCodeAction": { notStaff: "anyone signs in with the code from the sign-in mail" },
  "signOutAction": { notStaff: "everyone signs out" },
  "saveProfileAction": { notStaff: "the own account" },
  "deleteOwnAccountAction": { notStaff: "the own account (it writes an account.deleted record without an actor)" },
  "changeRoleAction": { staff: (actorId) => changeRole(db(), { actorId, userId: createUser(), role: "alliantie" }) },
  "blockAccountAction": { staff: (actorId) => blockAccount(db(), { actorId, userId: createUser(), reason: "Scheldt." }) },
  "unblockAccountAction": {
    staff: (actorId) => {
      const userId = createUser();
      blockAccount(db(), { actorId, userId, reason: "Scheldt." });
      unblockAccount(db(), { actorId, userId, reason: "Excuses." });
    },
  },
  "signUpAction": { notStaff: "anyone signs up" },
  "cancelSignupAction": { notStaff: "the guest's own link" },
  "cancelSignupByCodeAction": { notStaff: "the guest's own number and code" },
  "removeSignupDataAction": { notStaff: "the guest's own link" },
  "cancelOwnSignupAction": { notStaff: "the own sign-up" },
  "changeOwnPartySizeAction": { notStaff: "the own sign-up" },
  "changePartySizeByLinkAction": { notStaff: "a guest's own sign-up, by its personal link" },
  "saveActivityAction": [
    { staff: (actorId) => createActivity(db(), { actorId, data: activityData("Nieuw") }) },
    { staff: (actorId) => updateActivity(db(), { actorId, activityId: createActivityRow(), data: activityData("Anders"), baseUrl: BASE_URL }) },
  ],
  "cancelActivityAction": { staff: (actorId) => cancelActivity(db(), { actorId, activityId: createActivityRow() }) },
  "createSeriesAction": { staff: (actorId) => createSeries(db(), { actorId, name: "Reeks", oneSignupPerEmail: true }) },
  "setSeriesRuleAction": {
    staff: (actorId) => setSeriesRule(db(), { actorId, seriesId: createSeriesRow("Andere reeks", true), oneSignupPerEmail: false }),
  },
  "checkInAction": [true, false].map((present) => ({
    staff: (actorId: string) => {
      const activityId = createActivityRow();
      const signupId = confirmedSignup(activityId);
      if (!present) db().update(signups).set({ checkedInAt: new Date() }).where(eq(signups.id, signupId)).run();
      setCheckIn(db(), { actorId, activityId, signupId, present });
    },
  })),
  "createOwnActivityAction": { notStaff: "an initiator's own activity (its record has the initiator as actor)" },
  "organizerCheckInAction": { notStaff: "the organiser's own activity" },
  "sendOrganizerMessageAction": { notStaff: "the organiser's own activity" },
  "reportActivityAction": { notStaff: "a resident's own report" },
  "decideOnActivityAction": (["goedkeuren", "afwijzen", "pauzeren"] as const).map((decision) => ({
    staff: (actorId: string) =>
      decideOnActivity(db(), { staffId: actorId, activityId: createActivityRow({ approval: "wacht" }), decision, reason: "Een zin erbij.", baseUrl: BASE_URL }),
  })),
  "addWalkInAction": { staff: (actorId) => addWalkIn(db(), { actorId, activityId: createActivityRow(), name: "", partySize: 2 }) },
  "signUpOnBehalfAction": {
    staff: (actorId) =>
      signUpOnBehalf(db(), { actorId, activityId: createActivityRow(), name: "Mevrouw Jansen", email: "", phone: "0612345678", partySize: 1, notes: "", baseUrl: BASE_URL }),
  },
  "backInitiativeAction": { notStaff: "a resident's own backing" },
  "withdrawBackingAction": { notStaff: "a resident's own backing" },
  "offerHelpAction": { notStaff: "a resident's own backing" },
  "addCommentAction": { notStaff: "a resident's own comment" },
  "reportAction": { notStaff: "a resident's own report" },
  "reviewAction": (["hide", "restore"] as const).map((decision) => ({
    staff: (actorId: string) => reviewContent(db(), { staffId: actorId, initiativeId: createInitiative(createUser()), decision, reason: "Nagekeken." }),
  })),
  "registerPaperSupportAction": {
    staff: (actorId) => registerPaperSupport(db(), { staffId: actorId, initiativeId: createInitiative(createUser()), count: 12 }),
  },
  "proposeInitiativeAction": { notStaff: "a resident's own idea" },
  "updateInitiativeAction": { notStaff: "a resident's own idea" },
  "proposeOnBehalfAction": {
    staff: (actorId) =>
      createOnBehalf(db(), {
        staff: staffOf(actorId),
        proposal: onBehalfSchema.parse({ title: "Namens", pitch: "Een idee.", description: "", wijkId: "1", themeId: "1", intent: "submit", residentName: "Mevrouw Jansen", residentContact: "", residentAgreed: "on" }),
        photo: "keep",
      }),
  },
  "staffTransitionAction": STAFF_TRANSITIONS.map((transition) => ({
    staff: (actorId: string) => staffTransition(actorId, transition),
  })),
  "initiatorTransitionAction": { notStaff: "the initiator's own idea" },
  "followAction": { notStaff: "a resident's own follow" },
  "unfollowAction": { notStaff: "a resident's own follow" },
  "savePreferencesAction": { notStaff: "the own mail choices" },
  "unsubscribeAction": { notStaff: "the link from the person's own mail" },
  "postUpdateAction": { notStaff: "the initiator's or coach's own news on the idea" },
  "hideUpdateAction": {
    staff: (actorId) => {
      const initiator = createUser();
      const initiativeId = createInitiative(initiator);
      const updateId = postUpdate(db(), { userId: initiator, initiativeId, body: "Nieuws", photos: [] });
      hideUpdate(db(), { staffId: actorId, initiativeId, updateId, reason: "Persoonlijke gegevens." });
    },
  },
  "saveSettingsAction": {
    staff: (actorId) => saveSettings(db(), { actorId, values: settingsSchema.parse({ supportThreshold: "7", initiativeGoal: "151", guestDataRetentionMonths: "5" }) }),
  },
  "saveWijkAction": [
    { staff: (actorId) => saveWijk(db(), { actorId, name: `Nieuwe wijk ${actorId.slice(0, 6)}` }) },
    { staff: (actorId) => saveWijk(db(), { actorId, wijkId: 1, name: `Hernoemd ${actorId.slice(0, 6)}` }) },
  ],
  "saveThemeAction": [
    { staff: (actorId) => saveTheme(db(), { actorId, name: `Nieuw thema ${actorId.slice(0, 6)}`, leefgebied: "wonen-ruimte" }) },
    { staff: (actorId) => saveTheme(db(), { actorId, themeId: 1, name: `Ander thema ${actorId.slice(0, 6)}`, leefgebied: "wonen-ruimte" }) },
  ],
};

const YEAR = new Date().getUTCFullYear();
const grantOn = (actorId: string, initiativeId: number) =>
  decideMoney(db(), { decision: "grant", initiativeId, fundId: createFund(10_000, YEAR), amount: 5_000, contactName: "K", contactEmail: "k@heerlen.nl", actorId });
const OWN_MONEY = { notStaff: "the initiator's own idea (it writes an audit record too: tests/funds/rules.test.ts, tests/funds/request-steps.test.ts)" };
CASES["saveFundAction"] = { staff: (actorId) => saveFund(db(), { actorId, name: `Fonds ${actorId}`, provider: "Gemeente", open: true }) };
CASES["setBudgetAction"] = { staff: (actorId) => setBudget(db(), { actorId, fundId: createFund(0, YEAR), year: YEAR, amount: 100 }) };
CASES["addAdviceAction"] = { staff: (actorId) => addAdvice(db(), { actorId, initiativeId: createInitiative(createUser()), text: "Geef het." }) };
CASES["decideMoneyAction"] = [
  { staff: (actorId) => grantOn(actorId, createInitiative(createUser())) },
  { staff: (actorId) => decideMoney(db(), { decision: "refuse", initiativeId: createInitiative(createUser()), reason: "Nee.", actorId }) },
];
CASES["recordPaymentAction"] = {
  staff: (actorId) => {
    const initiativeId = createInitiative(createUser());
    recordPayment(db(), { actorId, initiativeId, grantId: grantOn(createUser("beheerder"), initiativeId), on: new Date(), amount: 100 });
  },
};
CASES["saveResultAction"] = {
  staff: (actorId) =>
    saveResult(db(), { actorId, actorRole: "beheerder", initiativeId: createInitiative(createUser(), "gerealiseerd"), whatHappened: "Klaar.", peopleReached: 1, volunteers: 1, volunteerHours: 1, photos: null }),
};
const HOUR = 60 * 60 * 1000;
/** A place whose date has begun, with one accepted helper, as staff answer and mark it. */
const acceptedHelper = (actorId: string) => {
  const placeId = createPlaceRow(createUser());
  const { takeId } = takePlace(db(), { placeId, user: null, name: "Karin", phone: newPhone(), baseUrl: BASE_URL });
  decideTake(db(), { actor: { id: actorId, staff: true }, takeId, accept: true, baseUrl: BASE_URL });
  return takeId;
};
CASES["offerPlaceAction"] = {
  staff: (actorId) =>
    offerPlace(db(), {
      actor: { id: actorId, staff: true },
      data: offerSchema.parse({ task: "Soep maken voor de buren", wijkId: "1", address: "Straat 1", startsAt: "2030-08-08T10:00", endsAt: "2030-08-08T12:00", places: "2", hostName: "Ans", activityId: String(createActivityRow()) }),
    }),
};
CASES["takePlaceAction"] = { notStaff: "anyone takes a place, with an account or a number" };
CASES["withdrawTakeAction"] = { notStaff: "the own take" };
CASES["withdrawByCodeAction"] = { notStaff: "the guest's own number and code" };
CASES["decideTakeAction"] = { staff: (actorId) => acceptedHelper(actorId) };
CASES["markAttendanceAction"] = {
  staff: (actorId) => markAttendance(db(), { actor: { id: actorId, staff: true }, takeId: acceptedHelper(actorId), came: true, skills: ["koken"], baseUrl: BASE_URL, now: new Date(Date.now() + 8 * 24 * HOUR) }),
};
for (const action of ["addBudgetLineAction", "removeBudgetLineAction", "sendMoneyRequestAction", "reportSpendingAction", "returnMoneyAction"] as const) CASES[action] = OWN_MONEY;

const asBeheerder = (id: string) => ({ id, role: "beheerder" as const });
const projectFields = { title: "Project", summary: "Over het plein.", invitedHow: "", decision: "", wijkIds: [1], phases: [] };
CASES["createProjectAction"] = { staff: (actorId) => createProject(db(), { actorId, data: projectFields }) };
CASES["updateProjectAction"] = {
  staff: (actorId) => updateProject(db(), { actor: asBeheerder(actorId), projectId: createOpenProject(createUser("beheerder")), data: projectFields }),
};
CASES["setTeamAction"] = { staff: (actorId) => setTeam(db(), { actorId, projectId: createOpenProject(actorId), memberIds: [createUser("projectteam")] }) };
CASES["addQuestionAction"] = { staff: (actorId) => addProjectQuestion(db(), { actor: asBeheerder(actorId), projectId: createOpenProject(createUser("beheerder")), question: SMILEY }) };
CASES["removeQuestionAction"] = {
  staff: (actorId) => {
    const projectId = createOpenProject(createUser("beheerder"));
    const { questionIds } = addQuestions(createUser("beheerder"), projectId, [SMILEY]);
    removeProjectQuestion(db(), { actor: asBeheerder(actorId), projectId, questionId: questionIds[0]! });
  },
};
CASES["linkMeetingAction"] = { staff: (actorId) => linkMeeting(db(), { actor: asBeheerder(actorId), projectId: createOpenProject(actorId), activityId: createActivityRow() }) };
CASES["unlinkMeetingAction"] = {
  staff: (actorId) => {
    const projectId = createOpenProject(createUser("beheerder"));
    const activityId = createActivityRow();
    linkMeeting(db(), { actor: asBeheerder(createUser("beheerder")), projectId, activityId });
    unlinkMeeting(db(), { actor: asBeheerder(actorId), projectId, activityId });
  },
};
const feedbackOn = (projectId: number) => addFeedback(db(), { actor: asBeheerder(createUser("beheerder")), projectId, topic: "Groen", outcome: "deels", reason: "Er komen twee bomen." });
CASES["addFeedbackAction"] = { staff: (actorId) => addFeedback(db(), { actor: asBeheerder(actorId), projectId: createOpenProject(actorId), topic: "Groen", outcome: "niet", reason: "Geen plek." }) };
CASES["removeFeedbackAction"] = {
  staff: (actorId) => {
    const projectId = createOpenProject(createUser("beheerder"));
    removeFeedback(db(), { actor: asBeheerder(actorId), projectId, feedbackId: feedbackOn(projectId) });
  },
};
CASES["sendFeedbackAction"] = {
  staff: (actorId) => {
    const projectId = createOpenProject(createUser("beheerder"));
    feedbackOn(projectId);
    sendFeedback(db(), { actor: asBeheerder(actorId), projectId });
  },
};
CASES["enterPaperAction"] = {
  staff: (actorId) => {
    const projectId = createOpenProject(createUser("beheerder"));
    const { questionIds } = addQuestions(createUser("beheerder"), projectId, [SMILEY]);
    enterProjectPaper(db(), { actor: { id: actorId, role: "buurtwerker" }, projectId, posted: { [`q${questionIds[0]}`]: ["3"] }, profile: {} });
  },
};
CASES["followProjectAction"] = { notStaff: "a resident's own follow" };
CASES["savePopulationAction"] = { staff: (actorId) => savePopulation(db(), { actorId, source: "CBS", counts: [{ wijkId: 1, ageGroup: "67+", count: 120 }] }) };
CASES["setMonitorRoundAction"] = { staff: (actorId) => setMonitorRound(db(), { actorId, year: 2029, opensOn: "2029-03-01", closesOn: "2029-03-10" }) };
CASES["enterMonitorPaperAction"] = {
  staff: (actorId) => {
    setMonitorRound(db(), { actorId: createUser("beheerder"), year: 2028, opensOn: "2028-03-01", closesOn: "2028-03-10" });
    const [wijk] = surveysOfYear(db(), 2028);
    const question = loadSurvey(db(), wijk!.surveyId)!.questions[0]!;
    enterMonitorPaper(db(), { actorId, year: 2028, wijkId: wijk!.wijkId, posted: { [`q${question.id}`]: ["0"] }, now: new Date("2028-03-05T10:00:00Z") });
  },
};
CASES["answerQuestionAction"] = { notStaff: "anyone answers a vragenlijst, anonymously" };
CASES["setProjectImageAction"] = { staff: (actorId) => setProjectImage(db(), { actor: asBeheerder(actorId), projectId: createOpenProject(actorId), image: `${"c".repeat(32)}.webp`, imageAlt: "Het plein" }) };
CASES["savePollAction"] = {
  staff: (actorId) => savePoll(db(), { actor: asBeheerder(actorId), projectId: createOpenProject(actorId, new Date(), ["kiezen"]), question: "Welk toestel?", maxChoices: 1 }),
};
CASES["addPollOptionAction"] = {
  staff: (actorId) => addPollOption(db(), { actor: asBeheerder(actorId), projectId: createOpenPoll(createUser("beheerder")).projectId, label: "Wip", photo: `${"d".repeat(32)}.webp` }),
};
CASES["removePollOptionAction"] = {
  staff: (actorId) => {
    const { projectId, optionIds } = createOpenPoll(createUser("beheerder"));
    removePollOption(db(), { actor: asBeheerder(actorId), projectId, optionId: optionIds[0]! });
  },
};
CASES["voteAction"] = { notStaff: "a resident's own vote, never linked to the account" };
CASES["requestVoteCodeAction"] = { notStaff: "anyone asks a code to vote" };
CASES["voteWithCodeAction"] = { notStaff: "anyone votes with the code, anonymously" };
CASES["requestTrajectoryCodeAction"] = { notStaff: "anyone asks a code for /mijn-traject; only a number with a trajectory gets one" };
CASES["trajectoryCodeAction"] = { notStaff: "the client without an account opens their own trajectory with the code" };
CASES["removePhoneTrajectoryAction"] = { notStaff: "the client without an account removes their own trajectory" };
CASES["leaveContactAction"] = { notStaff: "anyone leaves their own address or number for a project's news" };
CASES["stopContactAction"] = { notStaff: "the stop link from the person's own mail or text message" };
CASES["sendAnswersAction"] = { notStaff: "anyone sends their anonymous answers" };

const lastAuditId = () => db().select({ id: max(auditLog.id) }).from(auditLog).get()?.id ?? 0;

describe("every staff action writes an audit record", () => {
  it("has an entry for each server action found in the code", () => {
    expect(Object.keys(CASES).sort()).toEqual(discoverActions());
  });

  for (const [action, entry] of Object.entries(CASES)) {
    const staffCases = [entry].flat().flatMap((c) => ("staff" in c ? [c.staff] : []));
    staffCases.forEach((run, index) => {
      it(`${action} (${index + 1})`, () => {
        const actorId = createUser("beheerder", "Staf");
        const before = lastAuditId();
        run(actorId);
        const records = db().select({ actorId: auditLog.actorId }).from(auditLog).where(and(gt(auditLog.id, before), eq(auditLog.actorId, actorId))).all();
        expect(records.length, action).toBeGreaterThan(0);
      });
    });
  }
});
