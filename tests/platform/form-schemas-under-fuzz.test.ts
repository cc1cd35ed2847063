import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import * as accountLimits from "@/lib/accounts/fields";
import { EMAIL_MAX } from "@/lib/platform/forms/email";
import * as accounts from "@/lib/accounts/schema";
import * as activityLimits from "@/lib/activities/fields";
import * as activities from "@/lib/activities/schema";
import * as effect from "@/lib/effect/schema";
import * as fundLimits from "@/lib/funds/fields";
import * as funds from "@/lib/funds/schema";
import * as initiativeLimits from "@/lib/initiatives/fields";
import * as initiatives from "@/lib/initiatives/schema";
import * as meedoenLimits from "@/lib/meedoen/fields";
import * as meedoen from "@/lib/meedoen/schema";
import * as trajectoryLimits from "@/lib/trajectories/fields";
import * as trajectories from "@/lib/trajectories/schema";
import * as notifications from "@/lib/notifications/schema";
import * as settingLimits from "@/lib/settings/fields";
import * as settings from "@/lib/settings/schema";
import * as stats from "@/lib/stats/filters";
import * as updateLimits from "@/lib/updates/fields";
import * as updates from "@/lib/updates/schema";
import * as projectLimits from "@/lib/projects/fields";
import * as projects from "@/lib/projects/schema";
import * as surveyLimits from "@/lib/surveys/fields";
import * as surveys from "@/lib/surveys/schema";
import { fieldInput, formInput, isDutchMessage } from "../support/fuzz-values";

const RUNS = 1000;

type Case = {
  schema: z.ZodType;
  /** An accepted input; the fuzzer mostly keeps these values and swaps some for hostile ones. */
  valid: Record<string, unknown> | string;
  /** Longest accepted text per field, and the range of accepted numbers. */
  maxLength?: Record<string, number>;
  range?: Record<string, [number, number]>;
};

const PARTY = 6;
const proposal = { title: "Bankje", pitch: "Een bankje bij de speeltuin.", description: "", wijkId: "1", themeId: "1", needsMoney: "on", moneyAmount: "50", intent: "submit" };
const proposalLimits = {
  maxLength: { title: initiativeLimits.TITLE_MAX, pitch: initiativeLimits.PITCH_MAX, description: initiativeLimits.DESCRIPTION_MAX },
  range: { moneyAmount: [initiativeLimits.MONEY_MIN, initiativeLimits.MONEY_MAX] as [number, number] },
};

/** Every exported schema (or schema factory) of the modules below, keyed "module.export". */
const CASES: Record<string, Case> = {
  "accounts.signInSchema": { schema: accounts.signInSchema, valid: { email: "a@b.nl" }, maxLength: { email: EMAIL_MAX } },
  "accounts.signInCodeSchema": { schema: accounts.signInCodeSchema, valid: { email: "a@b.nl", code: "012 345" }, maxLength: { email: EMAIL_MAX } },
  "accounts.profileSchema": {
    schema: accounts.profileSchema,
    valid: { displayName: "Anna", wijkId: "2" },
    maxLength: { displayName: accountLimits.DISPLAY_NAME_MAX },
  },
  "accounts.roleChangeSchema": { schema: accounts.roleChangeSchema, valid: { userId: "abc", role: "buurtwerker" } },
  "accounts.blockSchema": { schema: accounts.blockSchema, valid: { userId: "abc", reason: "Scheldt buren uit." }, maxLength: { reason: accountLimits.BLOCK_REASON_MAX } },
  "accounts.deleteAccountSchema": { schema: accounts.deleteAccountSchema, valid: { bevestiging: "ja" } },
  "accounts.userSearchSchema": { schema: accounts.userSearchSchema, valid: { q: "jan", pagina: "2" }, maxLength: { q: 100 } },
  "activities.signupSchemaFor": {
    schema: activities.signupSchemaFor(PARTY),
    valid: { name: "Anna", email: "a@b.nl", phone: "06 12345678", partySize: "2", notes: "", consent: "ja" },
    // The number is checked as a mobile number (tests/platform/phone-numbers.test.ts), not by its length alone.
    maxLength: { name: activityLimits.NAME_MAX, notes: activityLimits.NOTES_MAX, email: EMAIL_MAX },
    range: { partySize: [1, PARTY] },
  },
  "activities.mobileField": { schema: activities.mobileField, valid: "06 12345678" },
  "activities.optionalEmailField": { schema: activities.optionalEmailField, valid: "naam@voorbeeld.test" },
  "activities.onBehalfSignupSchemaFor": {
    schema: activities.onBehalfSignupSchemaFor(PARTY),
    valid: { activityId: "4", name: "Mevrouw Jansen", email: "", phone: "0612345678", partySize: "2", notes: "", residentAgreed: "on" },
    maxLength: { name: activityLimits.NAME_MAX, notes: activityLimits.NOTES_MAX, email: EMAIL_MAX },
    range: { partySize: [1, PARTY] },
  },
  "activities.cancelCodeSchema": { schema: activities.cancelCodeSchema, valid: { phone: "+31 6 12345678", code: "048213" } },
  "activities.partySizeField": { schema: activities.partySizeField(PARTY), valid: "3", range: { value: [1, PARTY] } },
  "activities.activitySchema": {
    schema: activities.activitySchema,
    valid: {
      title: "BBQ", description: "Gezellig", wijkId: "1", address: "Stackstraat 1", startsAt: "2026-08-08T17:00",
      endsAt: "2026-08-08T20:00", signupDeadline: "2026-08-07T12:00", places: "50", maxPartySize: "6", seriesId: "", initiativeId: "",
    },
    maxLength: { title: activityLimits.TITLE_MAX, description: activityLimits.DESCRIPTION_MAX, address: activityLimits.ADDRESS_MAX },
    range: { places: [1, activityLimits.PLACES_MAX], maxPartySize: [1, activityLimits.PARTY_SIZE_LIMIT] },
  },
  "activities.ownActivitySchema": {
    schema: activities.ownActivitySchema,
    valid: { initiativeId: "3", title: "Opruimochtend", description: "Neem handschoenen mee.", address: "Stackstraat 1", startsAt: "2030-08-08T10:00", endsAt: "2030-08-08T12:00", places: "20", maxPartySize: "6" },
    maxLength: { title: activityLimits.TITLE_MAX, description: activityLimits.DESCRIPTION_MAX, address: activityLimits.ADDRESS_MAX },
    range: { places: [1, activityLimits.PLACES_MAX], maxPartySize: [1, activityLimits.PARTY_SIZE_LIMIT] },
  },
  "activities.approvalSchema": {
    schema: activities.approvalSchema,
    valid: { activityId: "4", decision: "afwijzen", reason: "Dit past niet bij het idee." },
    maxLength: { reason: activityLimits.ORGANIZER_REASON_MAX },
  },
  "activities.organizerMessageSchema": {
    schema: activities.organizerMessageSchema,
    valid: { activityId: "4", body: "Neem een stoel mee." },
    maxLength: { body: activityLimits.ORGANIZER_MESSAGE_MAX },
  },
  "activities.activityReportSchema": { schema: activities.activityReportSchema, valid: { activityId: "4", reason: "spam", note: "" } },
  "activities.seriesSchema": { schema: activities.seriesSchema, valid: { name: "BBQ-zomer", oneSignupPerEmail: "ja" }, maxLength: { name: activityLimits.SERIES_NAME_MAX } },
  "activities.walkInSchema": {
    schema: activities.walkInSchema,
    valid: { name: "", partySize: "3" },
    maxLength: { name: activityLimits.WALK_IN_NAME_MAX },
    range: { partySize: [1, activityLimits.PLACES_MAX] },
  },
  "activities.signupActionSchemaFor": {
    schema: activities.signupActionSchemaFor(PARTY),
    valid: { activityId: "4", name: "Anna", email: "a@b.nl", phone: "", partySize: "2", notes: "", consent: "ja" },
    maxLength: { name: activityLimits.NAME_MAX, notes: activityLimits.NOTES_MAX, email: EMAIL_MAX },
    range: { partySize: [1, PARTY] },
  },
  "activities.activityRefSchema": { schema: activities.activityRefSchema, valid: { activityId: "4" } },
  "activities.walkInActionSchema": {
    schema: activities.walkInActionSchema,
    valid: { activityId: "4", name: "", partySize: "3" },
    maxLength: { name: activityLimits.WALK_IN_NAME_MAX },
    range: { partySize: [1, activityLimits.PLACES_MAX] },
  },
  "activities.checkInSchema": { schema: activities.checkInSchema, valid: { activityId: "4", signupId: "9", present: "ja" } },
  "activities.seriesRuleSchema": { schema: activities.seriesRuleSchema, valid: { seriesId: "2", oneSignupPerEmail: "ja" } },
  "activities.ownSignupSchema": { schema: activities.ownSignupSchema, valid: { signupId: "9" } },
  "activities.signupLinkSchema": { schema: activities.signupLinkSchema, valid: { token: "abc123" }, maxLength: { token: 100 } },
  "activities.linkPartySizeSchema": {
    schema: activities.linkPartySizeSchema,
    valid: { token: "abc123", partySize: "3" },
    maxLength: { token: 100 },
    range: { partySize: [1, activityLimits.PARTY_SIZE_LIMIT] },
  },
  "activities.ownPartySizeSchema": {
    schema: activities.ownPartySizeSchema,
    valid: { signupId: "9", partySize: "3" },
    range: { partySize: [1, activityLimits.PARTY_SIZE_LIMIT] },
  },
  "activities.activityFilterSchema": { schema: activities.activityFilterSchema, valid: { wijk: "1", reeks: "", tijd: "komend" } },
  "initiatives.proposalSchema": { schema: initiatives.proposalSchema, valid: proposal, ...proposalLimits },
  "initiatives.proposalChangeSchema": {
    schema: initiatives.proposalChangeSchema,
    valid: { ...proposal, initiativeId: "3" },
    ...proposalLimits,
  },
  "initiatives.onBehalfSchema": {
    schema: initiatives.onBehalfSchema,
    valid: { ...proposal, residentName: "Mevrouw Jansen", residentContact: "06 1234", residentAgreed: "on" },
    maxLength: { ...proposalLimits.maxLength, residentName: initiativeLimits.NAME_MAX, residentContact: initiativeLimits.CONTACT_MAX },
    range: proposalLimits.range,
  },
  "initiatives.transitionSchema": {
    schema: initiatives.transitionSchema,
    valid: { initiativeId: "3", transition: "send_back", note: "Graag een foto erbij.", coachId: "" },
    maxLength: { note: initiativeLimits.NOTE_MAX, coachId: 64 },
  },
  "initiatives.initiatorTransitionSchema": { schema: initiatives.initiatorTransitionSchema, valid: { initiativeId: "3", transition: "submit" } },
  "initiatives.backingSchema": { schema: initiatives.backingSchema, valid: { initiativeId: "3" } },
  "initiatives.helpSchema": { schema: initiatives.helpSchema, valid: { initiativeId: "3", helpNote: "Ik kan verven." }, maxLength: { helpNote: initiativeLimits.HELP_NOTE_MAX } },
  "initiatives.commentSchema": { schema: initiatives.commentSchema, valid: { initiativeId: "3", body: "Goed idee!" }, maxLength: { body: initiativeLimits.COMMENT_MAX } },
  "initiatives.reportSchema": {
    schema: initiatives.reportSchema,
    valid: { initiativeId: "3", commentId: "", reason: "spam", note: "" },
    maxLength: { note: initiativeLimits.REPORT_NOTE_MAX },
  },
  "initiatives.reviewSchema": {
    schema: initiatives.reviewSchema,
    valid: { initiativeId: "3", commentId: "4", decision: "hide", reason: "Kwetsend." },
    maxLength: { reason: initiativeLimits.NOTE_MAX },
  },
  "initiatives.paperSupportSchema": {
    schema: initiatives.paperSupportSchema,
    valid: { initiativeId: "3", count: "12", names: "" },
    maxLength: { names: initiativeLimits.PAPER_NAMES_MAX },
    range: { count: [1, initiativeLimits.PAPER_COUNT_MAX] },
  },
  "initiatives.listFilterSchema": {
    schema: initiatives.listFilterSchema,
    valid: { q: "bank", wijk: "1", thema: "", status: "zoekt_steun", sort: "steun", pagina: "1" },
    maxLength: { q: initiativeLimits.SEARCH_MAX },
    range: { pagina: [1, 100_000] },
  },
  "settings.settingsSchema": {
    schema: settings.settingsSchema,
    valid: { supportThreshold: "25", initiativeGoal: "150", guestDataRetentionMonths: "3" },
    range: Object.fromEntries(Object.entries(settingLimits.NUMBER_SETTINGS).map(([key, { min, max }]) => [key, [min, max] as [number, number]])),
  },
  "settings.wijkSchema": { schema: settings.wijkSchema, valid: { wijkId: "3", name: "Heksenberg" }, maxLength: { name: settingLimits.PLACE_NAME_MAX } },
  "settings.themeSchema": {
    schema: settings.themeSchema,
    valid: { themeId: "", name: "Natuur", leefgebied: "wonen-ruimte" },
    maxLength: { name: settingLimits.PLACE_NAME_MAX },
  },
  "notifications.preferencesSchema": { schema: notifications.preferencesSchema, valid: { followMails: "weekly", staffMails: "direct" } },
  "notifications.followSchema": { schema: notifications.followSchema, valid: { initiativeId: "3" } },
  "notifications.unsubscribeSchema": { schema: notifications.unsubscribeSchema, valid: { token: "abc123" }, maxLength: { token: 100 } },
  "updates.updateSchema": { schema: updates.updateSchema, valid: { initiativeId: "3", body: "De verf is binnen." }, maxLength: { body: updateLimits.UPDATE_MAX } },
  "updates.hideUpdateSchema": {
    schema: updates.hideUpdateSchema,
    valid: { initiativeId: "3", updateId: "4", reason: "Persoonlijke gegevens." },
    maxLength: { reason: updateLimits.HIDE_REASON_MAX },
  },
  "funds.fundSchema": {
    schema: funds.fundSchema,
    valid: { fundId: "", name: "Buurtfonds", provider: "Gemeente Heerlen", open: "on" },
    maxLength: { name: fundLimits.FUND_NAME_MAX, provider: fundLimits.PROVIDER_MAX },
  },
  "funds.budgetSchema": {
    schema: funds.budgetSchema,
    valid: { fundId: "1", year: "2026", amount: "50.000" },
    range: { year: [fundLimits.YEAR_MIN, fundLimits.YEAR_MAX] },
  },
  "funds.budgetLineSchema": {
    schema: funds.budgetLineSchema,
    valid: { initiativeId: "3", whatFor: "Zaden", amount: "12,50" },
    maxLength: { whatFor: fundLimits.WHAT_FOR_MAX },
  },
  "funds.moneyRequestSchema": { schema: funds.moneyRequestSchema, valid: { initiativeId: "3" } },
  "funds.removeBudgetLineSchema": { schema: funds.removeBudgetLineSchema, valid: { initiativeId: "3", lineId: "4" } },
  "funds.adviceSchema": { schema: funds.adviceSchema, valid: { initiativeId: "3", text: "Geef het." }, maxLength: { text: fundLimits.ADVICE_MAX } },
  "funds.decisionSchema": {
    schema: funds.decisionSchema,
    valid: { decision: "grant", initiativeId: "3", fundId: "1", amount: "1.250", conditions: "", contactName: "Karin", contactEmail: "karin@heerlen.nl" },
    maxLength: { conditions: fundLimits.CONDITIONS_MAX, contactName: fundLimits.CONTACT_NAME_MAX },
  },
  "funds.paymentSchema": { schema: funds.paymentSchema, valid: { initiativeId: "3", grantId: "2", on: "2026-06-01", amount: "500" } },
  "funds.spendingSchema": {
    schema: funds.spendingSchema,
    valid: { initiativeId: "3", grantId: "2", on: "2026-06-01", amount: "49,95", whatFor: "Verf" },
    maxLength: { whatFor: fundLimits.WHAT_FOR_MAX },
  },
  "funds.returnSchema": { schema: funds.returnSchema, valid: { initiativeId: "3", grantId: "2", on: "2026-06-01", amount: "10" } },
  "funds.resultSchema": {
    schema: funds.resultSchema,
    valid: { initiativeId: "3", whatHappened: "Een mooie dag.", peopleReached: "40", volunteers: "5", volunteerHours: "20" },
    maxLength: { whatHappened: fundLimits.RESULT_TEXT_MAX },
    range: { peopleReached: [0, fundLimits.COUNT_MAX], volunteers: [0, fundLimits.COUNT_MAX], volunteerHours: [0, fundLimits.COUNT_MAX] },
  },
  "stats.statsFilterSchema": { schema: stats.statsFilterSchema, valid: { van: "2026-01-01", tot: "2026-12-31", wijk: "3" } },
  "projects.projectSchema": {
    schema: projects.projectSchema,
    valid: { title: "Plein", summary: "Het plein wordt mooier.", invitedHow: "", decision: "", wijk_1: "on", meedenkenStart: "2027-03-01", meedenkenEnd: "2027-03-31", meedenkenAsk: "Wat vindt u?" },
    maxLength: { title: projectLimits.TITLE_MAX, summary: projectLimits.SUMMARY_MAX, invitedHow: projectLimits.INVITED_MAX, decision: projectLimits.DECISION_MAX },
  },
  "projects.projectRefSchema": { schema: projects.projectRefSchema, valid: { projectId: "3" } },
  "projects.teamSchema": { schema: projects.teamSchema, valid: { projectId: "3", "member_abc-1": "on" } },
  "projects.meetingSchema": { schema: projects.meetingSchema, valid: { projectId: "3", activityId: "4" } },
  "projects.feedbackSchema": {
    schema: projects.feedbackSchema,
    valid: { projectId: "3", topic: "Groen", outcome: "deels", reason: "Er komen twee bomen." },
    maxLength: { topic: projectLimits.TOPIC_MAX, reason: projectLimits.REASON_MAX },
  },
  "projects.feedbackRefSchema": { schema: projects.feedbackRefSchema, valid: { projectId: "3", feedbackId: "4" } },
  "projects.projectQuestionSchema": {
    schema: projects.projectQuestionSchema,
    valid: { projectId: "3", kind: "een", prompt: "Wat wilt u?", options: "🌳 Groen\nBankjes" },
    maxLength: { prompt: surveyLimits.PROMPT_MAX },
  },
  "projects.questionRefSchema": { schema: projects.questionRefSchema, valid: { projectId: "3", questionId: "4" } },
  "projects.paperSchema": { schema: projects.paperSchema, valid: { projectId: "3", wijkId: "2", ageGroup: "27-44", q4: "3" } },
  "projects.followSchema": { schema: projects.followSchema, valid: { projectId: "3", follow: "ja" } },
  "projects.projectFilterSchema": { schema: projects.projectFilterSchema, valid: { wijk: "3" } },
  "projects.projectImageSchema": { schema: projects.projectImageSchema, valid: { projectId: "3", imageAlt: "Het plein met bomen" }, maxLength: { imageAlt: projectLimits.IMAGE_ALT_MAX } },
  "projects.pollSchema": { schema: projects.pollSchema, valid: { projectId: "3", question: "Welk toestel?", maxChoices: "2" }, maxLength: { question: projectLimits.POLL_QUESTION_MAX } },
  "projects.pollOptionSchema": { schema: projects.pollOptionSchema, valid: { projectId: "3", label: "Klimrek" }, maxLength: { label: projectLimits.POLL_OPTION_MAX } },
  "projects.pollOptionRefSchema": { schema: projects.pollOptionRefSchema, valid: { projectId: "3", optionId: "4" } },
  "projects.voteSchema": { schema: projects.voteSchema, valid: { projectId: "3", option: "4" } },
  "projects.voteCodeRequestSchema": { schema: projects.voteCodeRequestSchema, valid: { projectId: "3", option: "4", phone: "06 12345678" } },
  "projects.voteCodeSchema": { schema: projects.voteCodeSchema, valid: { projectId: "3", code: "123 456" } },
  // The one field becomes { email } or { phone }; its length is tested in tests/projects/contacts.test.ts.
  "projects.contactSchema": { schema: projects.contactSchema, valid: { projectId: "3", reach: "els@voorbeeld.nl", consent: "ja" } },
  "projects.stopContactSchema": { schema: projects.stopContactSchema, valid: { token: "abc123" }, maxLength: { token: 100 } },
  "surveys.questionFields": { schema: surveys.questionFields, valid: { kind: "smiley", prompt: "Hoe vindt u het?", options: "" }, maxLength: { prompt: surveyLimits.PROMPT_MAX } },
  "surveys.answerStepSchema": { schema: surveys.answerStepSchema, valid: { surveyId: "3", step: "2" }, range: { step: [1, 100] } },
  "surveys.populationSchema": { schema: surveys.populationSchema, valid: { source: "CBS 2025", "n_1_67+": "1250", "n_2_0-17": "" }, maxLength: { source: surveyLimits.SOURCE_MAX } },
  "surveys.finishSchema": { schema: surveys.finishSchema, valid: { surveyId: "3", wijkId: "", ageGroup: "67+" } },
  "activities.addressField": { schema: activities.addressField, valid: "Stackstraat 1, Heerlen", maxLength: { value: activityLimits.ADDRESS_MAX } },
  // The year's limits are checked with the first day in that year (a cross-field rule), not here.
  "effect.monitorRoundSchema": { schema: effect.monitorRoundSchema, valid: { year: "2026", opensOn: "2026-10-01", closesOn: "2026-10-31" } },
  "effect.monitorPaperSchema": { schema: effect.monitorPaperSchema, valid: { year: "2026", wijkId: "2", ageGroup: "67+", q4: "1" } },
  "activities.nameField": { schema: activities.nameField, valid: "Anna", maxLength: { value: activityLimits.NAME_MAX } },
  "activities.localDateTime": { schema: activities.localDateTime("Vul in wanneer het begint."), valid: "2026-08-08T17:00" },
  "meedoen.offerSchema": {
    schema: meedoen.offerSchema,
    valid: { task: "Soep maken voor de buren", bring: "", wijkId: "1", address: "Stackstraat 1", startsAt: "2026-08-08T10:00", endsAt: "2026-08-08T13:00", places: "3", hostName: "Anna", initiativeId: "4", activityId: "", date2: "2026-08-15", date3: "" },
    maxLength: { task: meedoenLimits.TASK_MAX, bring: meedoenLimits.BRING_MAX, hostName: meedoenLimits.HOST_NAME_MAX, address: activityLimits.ADDRESS_MAX },
    range: { places: [1, meedoenLimits.HELP_PLACES_MAX] },
  },
  "meedoen.takeWithAccountSchema": { schema: meedoen.takeWithAccountSchema, valid: { placeId: "3", allDates: "alle" } },
  "meedoen.takeByPhoneSchema": {
    schema: meedoen.takeByPhoneSchema,
    valid: { placeId: "3", allDates: "deze", name: "Karin", phone: "06 12345678", consent: "ja" },
    maxLength: { name: activityLimits.NAME_MAX },
  },
  "meedoen.ownTakeSchema": { schema: meedoen.ownTakeSchema, valid: { takeId: "3" } },
  "meedoen.decideSchema": { schema: meedoen.decideSchema, valid: { takeId: "3", accept: "ja" } },
  "meedoen.attendanceSchema": { schema: meedoen.attendanceSchema, valid: { takeId: "3", came: "ja", "skill-koken": "on" } },
  "meedoen.meedoenFilterSchema": { schema: meedoen.meedoenFilterSchema, valid: { wijk: "3", week: "deze" } },
  "meedoen.certificateCodeSchema": { schema: meedoen.certificateCodeSchema, valid: "ABCD-EFGH-JK" },
  "trajectories.startSchema": {
    schema: trajectories.startSchema,
    valid: { email: "deelnemer@voorbeeld.test", phone: "06 12345678", firstName: "Kees", startsOn: "2026-02-01", plannedEndOn: "2026-08-01", hoursPerWeek: "8", kind: "vrijwillig", clientGroup: "D", startStep: "2", consent: "on" },
    maxLength: { firstName: trajectoryLimits.FIRST_NAME_MAX },
    range: { hoursPerWeek: [trajectoryLimits.HOURS_MIN, trajectoryLimits.HOURS_MAX], startStep: [trajectoryLimits.STEP_MIN, trajectoryLimits.STEP_MAX] },
  },
  "trajectories.reviewSchema": {
    schema: trajectories.reviewSchema,
    valid: { trajectoryId: "3", on: "2026-07-01", step: "3", note: "Gaat goed." },
    maxLength: { note: trajectoryLimits.NOTE_MAX },
    range: { step: [trajectoryLimits.STEP_MIN, trajectoryLimits.STEP_MAX] },
  },
  "trajectories.noteSchema": { schema: trajectories.noteSchema, valid: { trajectoryId: "3", note: "Belt zelf." }, maxLength: { note: trajectoryLimits.NOTE_MAX } },
  "trajectories.endSchema": { schema: trajectories.endSchema, valid: { trajectoryId: "3", endedOn: "2026-12-01", outcome: "betaald_werk" } },
  "trajectories.placeForClientSchema": { schema: trajectories.placeForClientSchema, valid: { trajectoryId: "3", placeId: "4" } },
  "trajectories.phoneCodeRequestSchema": { schema: trajectories.phoneCodeRequestSchema, valid: { phone: "06 12345678" } },
  "trajectories.phoneCodeSchema": { schema: trajectories.phoneCodeSchema, valid: { code: "123 456" } },
  "trajectories.removePhoneTrajectorySchema": { schema: trajectories.removePhoneTrajectorySchema, valid: { bevestiging: "ja" } },
};

const MODULES = { accounts, activities, effect, funds, initiatives, meedoen, notifications, projects, settings, stats, surveys, trajectories, updates };

/** Source files that define zod schemas; each must be one of MODULES, so a new schema file is noticed. */
// The settings of the environment are read with zod too, but no one types them into a form
// (tests/platform/settings-from-env.test.ts).
const NOT_A_FORM = path.resolve("lib/platform/env.ts");

function schemaFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return schemaFiles(full);
    return full !== NOT_A_FORM && /\.tsx?$/.test(entry.name) && /\bz\.(object|string|coerce)\(/.test(fs.readFileSync(full, "utf8")) ? [full] : [];
  });
}

const isSchemaFactory = (value: unknown) => {
  if (typeof value !== "function") return false;
  try {
    return (value as (n: number) => unknown)(PARTY) instanceof z.ZodType;
  } catch {
    return false;
  }
};

describe("every form schema is in the fuzz table", () => {
  it("finds no schema file outside the fuzzed modules", () => {
    const files = schemaFiles(path.resolve("lib")).map((file) => path.relative(process.cwd(), file)).sort();
    expect(files).toEqual([
      "lib/accounts/schema.ts",
      "lib/activities/schema.ts",
      "lib/effect/schema.ts",
      "lib/funds/schema.ts",
      "lib/initiatives/schema.ts",
      "lib/meedoen/schema.ts",
      "lib/notifications/schema.ts",
      "lib/projects/schema.ts",
      "lib/settings/schema.ts",
      "lib/stats/filters.ts",
      "lib/surveys/schema.ts",
      "lib/trajectories/schema.ts",
      "lib/updates/schema.ts",
    ]);
  });

  it("has a case for every exported schema and schema factory", () => {
    const exported = Object.entries(MODULES).flatMap(([name, module]) =>
      Object.entries(module)
        .filter(([, value]) => value instanceof z.ZodType || isSchemaFactory(value))
        .map(([key]) => `${name}.${key}`),
    );
    expect(exported.sort()).toEqual(Object.keys(CASES).sort());
  });
});

function checkLimits(data: unknown, testCase: Case) {
  const output = (typeof testCase.valid === "string" ? { value: data } : data) as Record<string, unknown>;
  for (const [field, max] of Object.entries(testCase.maxLength ?? {})) {
    const value = output[field];
    // Limits are in characters as zod counts them (code points: an emoji is one).
    if (typeof value === "string") expect([...value].length, field).toBeLessThanOrEqual(max);
  }
  for (const [field, [min, max]] of Object.entries(testCase.range ?? {})) {
    const value = output[field];
    if (value === undefined) continue;
    expect(Number.isInteger(value), field).toBe(true);
    expect(value as number).toBeGreaterThanOrEqual(min);
    expect(value as number).toBeLessThanOrEqual(max);
  }
}

describe.each(Object.entries(CASES))("%s under 1,000 generated inputs", (_name, testCase) => {
  it("never throws, refuses in Dutch, and keeps accepted values within the limits", () => {
    let accepted = 0;
    const input = typeof testCase.valid === "string" ? fieldInput(testCase.valid) : formInput(testCase.valid);
    fc.assert(
      fc.property(input, (value) => {
        const result = testCase.schema.safeParse(value);
        if (result.success) {
          accepted++;
          checkLimits(result.data, testCase);
        } else {
          for (const issue of result.error.issues) expect(isDutchMessage(issue.message), issue.message).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
    // Some inputs must get through, or the limits above were never checked.
    expect(accepted).toBeGreaterThan(0);
    expect(testCase.schema.safeParse(testCase.valid).success).toBe(true);
  });
});

/** The accepted value of one field with `value` put in the valid input, or undefined when refused. */
function parsedField(testCase: Case, field: string, value: string): unknown {
  const input = typeof testCase.valid === "string" ? value : { ...testCase.valid, [field]: value };
  const result = testCase.schema.safeParse(input);
  if (!result.success) return undefined;
  return typeof testCase.valid === "string" ? result.data : (result.data as Record<string, unknown>)[field];
}

/** Text of exactly `length` characters that the field accepts apart from its length. */
const textOfLength = (field: string, length: number) =>
  field === "email" ? `${"a".repeat(length - "@voorbeeld.nl".length)}@voorbeeld.nl` : (field === "phone" ? "0" : "a").repeat(length);

// The forms show the limits from lib/<domain>/limits.ts (maxLength, "hoogstens 80 tekens") without
// loading zod; these cases are built from the same constants, so a schema that checks a different
// number than the form shows fails here.
describe.each(Object.entries(CASES))("%s at its limits", (_name, testCase) => {
  it("accepts exactly the limit the forms show, and not one more", () => {
    for (const [field, max] of Object.entries(testCase.maxLength ?? {})) {
      expect(parsedField(testCase, field, textOfLength(field, max)), field).toBe(textOfLength(field, max));
      expect(parsedField(testCase, field, textOfLength(field, max + 1)), field).not.toBe(textOfLength(field, max + 1));
    }
    for (const [field, [min, max]] of Object.entries(testCase.range ?? {})) {
      for (const accepted of [min, max]) expect(parsedField(testCase, field, String(accepted)), field).toBe(accepted);
      for (const refused of [min - 1, max + 1]) expect(parsedField(testCase, field, String(refused)), field).not.toBe(refused);
    }
  });
});
