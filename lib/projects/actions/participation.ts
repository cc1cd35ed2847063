"use server";

import { getDb } from "@/db/client";
import { defineAction } from "@/lib/platform/forms/define-action";
import { changed } from "@/lib/platform/page-cache/changed";
import { addFeedback, removeFeedback, sendFeedback } from "../commands/feedback";
import { linkMeeting, unlinkMeeting } from "../commands/meetings";
import { addProjectQuestion, removeProjectQuestion } from "../commands/survey";
import { feedbackRefSchema, feedbackSchema, meetingSchema, projectQuestionSchema, projectRefSchema, questionRefSchema } from "../schema";

// The team's work on one project; every command checks that the caller runs this project.

const team = { permission: "project:manage" } as const;
const projectInInput = ({ input }: { input: { projectId: number } }) => changed.project(input.projectId);

export const addQuestionAction = defineAction({
  ...team,
  schema: projectQuestionSchema,
  run: ({ input: { projectId, ...question }, user }) => addProjectQuestion(getDb(), { actor: user, projectId, question }),
  changed: ({ input, result }) => changed.project(input.projectId, result.surveyId),
  message: () => "De vraag staat in de vragenlijst.",
});

export const removeQuestionAction = defineAction({
  ...team,
  schema: questionRefSchema,
  run: ({ input, user }) => removeProjectQuestion(getDb(), { actor: user, ...input }),
  changed: ({ input, result }) => changed.project(input.projectId, result.surveyId),
  message: () => "De vraag is weg.",
});

export const linkMeetingAction = defineAction({
  ...team,
  schema: meetingSchema,
  run: ({ input, user }) => linkMeeting(getDb(), { actor: user, ...input }),
  changed: projectInInput,
  message: () => "De bijeenkomst staat nu bij het project.",
});

export const unlinkMeetingAction = defineAction({
  ...team,
  schema: meetingSchema,
  run: ({ input, user }) => unlinkMeeting(getDb(), { actor: user, ...input }),
  changed: projectInInput,
  message: () => "De bijeenkomst staat niet meer bij het project.",
});

export const addFeedbackAction = defineAction({
  ...team,
  schema: feedbackSchema,
  run: ({ input, user }) => addFeedback(getDb(), { actor: user, ...input }),
  changed: projectInInput,
  message: () => "Het punt staat op de pagina van het project. Verstuur het naar de volgers als u klaar bent.",
});

export const removeFeedbackAction = defineAction({
  ...team,
  schema: feedbackRefSchema,
  run: ({ input, user }) => removeFeedback(getDb(), { actor: user, ...input }),
  changed: projectInInput,
  message: () => "Het punt is weg.",
});

export const sendFeedbackAction = defineAction({
  ...team,
  schema: projectRefSchema,
  run: ({ input, user }) => sendFeedback(getDb(), { actor: user, projectId: input.projectId }),
  changed: projectInInput,
  message: ({ result }) => `Verstuurd: ${result.points} ${result.points === 1 ? "punt" : "punten"} naar ${result.mailed} ${result.mailed === 1 ? "volger" : "volgers"}${result.contacted > 0 ? " en naar wie een e-mailadres of 06-nummer achterliet" : ""}.`,
});
