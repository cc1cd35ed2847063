"use server";

import { getDb } from "@/db/client";
import { defineAction } from "@/lib/platform/forms/define-action";
import { activityInInput, changed } from "@/lib/platform/page-cache/changed";
import { siteUrl } from "@/lib/platform/site-url";
import { maxPartySizeInForm } from "../queries/form-activity";
import { signUpOnBehalf } from "../commands/on-behalf";
import { decideOnActivity } from "../commands/approval";
import { approvalSchema, type ApprovalDecision, activityRefSchema, activitySchema, onBehalfSignupSchemaFor, checkInSchema, seriesRuleSchema, seriesSchema, walkInActionSchema } from "../schema";
import { addWalkIn, cancelActivity, createActivity, createSeries, setCheckIn, setSeriesRule, updateActivity } from "../commands/staff";

const staff = { permission: "activity:manage" } as const;

/** Creates a new activity, or saves the changes to an existing one (with `activityId`). */
export const saveActivityAction = defineAction({
  ...staff,
  schema: activitySchema,
  run: ({ input: { activityId, ...data }, user }) => {
    if (!activityId) return createActivity(getDb(), { actorId: user.id, data });
    updateActivity(getDb(), { actorId: user.id, activityId, data, baseUrl: siteUrl() });
    return activityId;
  },
  changed: ({ result }) => changed.activity(result),
  redirect: ({ result }) => `/beheer/activiteiten/${result}`,
});

/** Calls an activity off; everyone signed up or waiting gets a mail. */
export const cancelActivityAction = defineAction({
  ...staff,
  schema: activityRefSchema,
  run: ({ input, user }) => cancelActivity(getDb(), { actorId: user.id, activityId: input.activityId }),
  changed: activityInInput,
  message: ({ result }) => `De activiteit is afgelast. ${result.mailed} mensen krijgen een mail of sms.`,
});

/** A series groups dates (such as the summer BBQs); it shows in filters on many pages. */
export const createSeriesAction = defineAction({
  ...staff,
  schema: seriesSchema,
  run: ({ input, user }) => createSeries(getDb(), { actorId: user.id, ...input }),
  changed: () => changed.everything(),
  message: ({ input }) => `De reeks "${input.name}" is gemaakt.`,
});

/** Switches "one sign-up per e-mail address for the whole series" on or off. */
export const setSeriesRuleAction = defineAction({
  ...staff,
  schema: seriesRuleSchema,
  run: ({ input, user }) => setSeriesRule(getDb(), { actorId: user.id, ...input }),
  changed: () => changed.everything(),
  message: ({ input }) =>
    input.oneSignupPerEmail ? "Nu: één aanmelding per e-mailadres." : "Nu: aanmelden voor meer datums mag.",
});

/** Ticks or unticks that someone came; attendance feeds the public figures. */
export const checkInAction = defineAction({
  ...staff,
  schema: checkInSchema,
  run: ({ input, user }) => setCheckIn(getDb(), { actorId: user.id, ...input }),
  changed: activityInInput,
  message: ({ input }) => (input.present ? "Binnen." : "Niet meer als binnen gemarkeerd."),
});

/** Adds people who came without signing up. */
export const addWalkInAction = defineAction({
  ...staff,
  schema: walkInActionSchema,
  run: ({ input, user }) => addWalkIn(getDb(), { actorId: user.id, ...input }),
  changed: activityInInput,
  message: ({ input }) => `${input.partySize} binnenlopers toegevoegd.`,
});

const people = (n: number) => (n === 1 ? "1 persoon" : `${n} personen`);

/** A buurtwerker signs a resident up for them, with the resident's consent; the resident gets the message. */
export const signUpOnBehalfAction = defineAction({
  ...staff,
  schema: (values: Record<string, string>) => onBehalfSignupSchemaFor(maxPartySizeInForm(values)),
  run: ({ input, user }) => signUpOnBehalf(getDb(), { actorId: user.id, ...input, baseUrl: siteUrl() }),
  changed: activityInInput,
  message: ({ result, input }) => {
    const channel = input.email ? "een mail" : "een sms";
    if (result.existing) return `Deze bewoner was al aangemeld. Er is niets veranderd. De bewoner krijgt ${channel} met de gegevens.`;
    const status = result.status === "wachtlijst" ? `staat op de wachtlijst (nummer ${result.position})` : `is aangemeld met ${people(result.partySize)}`;
    return `Gelukt: de bewoner ${status}. De bewoner krijgt ${channel} om af te melden als dat nodig is.`;
  },
});

const DECIDED: Record<ApprovalDecision, string> = {
  goedkeuren: "Goedgekeurd. De activiteit staat op de website. De initiatiefnemer krijgt een mail.",
  afwijzen: "Afgewezen. De initiatiefnemer krijgt een mail met uw reden.",
  pauzeren: "Gepauzeerd. De activiteit staat niet meer op de website. De initiatiefnemer krijgt een mail.",
  hervatten: "De activiteit staat weer op de website. De initiatiefnemer krijgt een mail.",
  terugzetten: "De activiteit staat weer op de website.",
};

/** A buurtwerker says yes or no to an initiator's activity, pauses or resumes it, or shows a reported one again. */
export const decideOnActivityAction = defineAction({
  ...staff,
  schema: approvalSchema,
  run: ({ input, user }) => decideOnActivity(getDb(), { staffId: user.id, ...input, baseUrl: siteUrl() }),
  changed: activityInInput,
  message: ({ input }) => DECIDED[input.decision],
});
