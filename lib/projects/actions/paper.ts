"use server";

import { getDb } from "@/db/client";
import { defineAction } from "@/lib/platform/forms/define-action";
import { postedAnswers } from "@/lib/surveys/answer-value";
import { changed } from "@/lib/platform/page-cache/changed";
import { enterProjectPaper } from "../commands/survey";
import { paperSchema } from "../schema";

/** A paper vragenlijst typed in by the buurtwerker or the team who collected it; marked as paper. */
export const enterPaperAction = defineAction({
  schema: paperSchema,
  permission: "survey:enter-paper",
  run: ({ input, user, formData }) => {
    enterProjectPaper(getDb(), { actor: user, projectId: input.projectId, posted: postedAnswers(formData), profile: { wijkId: input.wijkId, ageGroup: input.ageGroup } });
  },
  changed: ({ input }) => changed.project(input.projectId),
  message: () => "Opgeslagen als papieren antwoord. U kunt het volgende formulier invullen.",
});
