"use server";

import { getDb } from "@/db/client";
import { defineAction } from "@/lib/platform/forms/define-action";
import { changed } from "@/lib/platform/page-cache/changed";
import { enterProjectPaper } from "../commands/survey";
import { paperSchema } from "../schema";

/** A paper vragenlijst typed in by the buurtwerker or the team who collected it; marked as paper. */
export const enterPaperAction = defineAction({
  schema: paperSchema,
  permission: "survey:enter-paper",
  run: ({ input, user, formData }) => {
    const posted: Record<string, string[]> = {};
    for (const key of new Set(formData.keys())) {
      if (/^q\d{1,9}$/.test(key)) posted[key] = formData.getAll(key).filter((value): value is string => typeof value === "string");
    }
    enterProjectPaper(getDb(), { actor: user, projectId: input.projectId, posted, profile: { wijkId: input.wijkId, ageGroup: input.ageGroup } });
  },
  changed: ({ input }) => changed.project(input.projectId),
  message: () => "Opgeslagen als papieren antwoord. U kunt het volgende formulier invullen.",
});
