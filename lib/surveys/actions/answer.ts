"use server";

import { getDb } from "@/db/client";
import { limitWrite } from "@/lib/platform/auth/write-limit";
import { defineAction } from "@/lib/platform/forms/define-action";
import { whoHash, saveDraftAnswer, submitOnline } from "../commands/answer";
import { deviceToken, linkToken } from "../device";
import { answerStepSchema, finishSchema } from "../schema";
import { SURVEY_LIMIT } from "../rate-limits";

// Answering needs no account; an answer is never stored with one (docs/projects.md, "Privacy").

/** One screen: keeps the answer in the device's draft and goes on to the next question, or to the last screen. */
export const answerQuestionAction = defineAction({
  caller: "optional",
  schema: answerStepSchema,
  run: async ({ input, user, formData }) => {
    const posted = formData.getAll("answer").filter((value): value is string => typeof value === "string");
    return saveDraftAnswer(getDb(), { ...input, posted, who: { device: await deviceToken(), userId: user?.id ?? null, link: await linkToken(input.surveyId) } });
  },
  redirect: ({ input, result }) => `/vragen/${input.surveyId}/${input.step < result.total ? input.step + 1 : "versturen"}`,
});

/** The last screen: wijk and age group if the person wants to say, then the answers are sent. */
export const sendAnswersAction = defineAction({
  caller: "optional",
  schema: finishSchema,
  run: async ({ input, user }) => {
    const device = await deviceToken();
    // Per device and per network (an IPv6 /64 counts as one): enough for a family, not for a flood.
    await limitWrite(SURVEY_LIMIT, whoHash(input.surveyId, `device:${device}`));
    submitOnline(getDb(), { surveyId: input.surveyId, who: { device, userId: user?.id ?? null, link: await linkToken(input.surveyId) }, profile: { wijkId: input.wijkId, ageGroup: input.ageGroup } });
  },
  redirect: ({ input }) => `/vragen/${input.surveyId}/klaar`,
});
