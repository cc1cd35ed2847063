"use server";

import { getDb } from "@/db/client";
import { defineAction } from "@/lib/platform/forms/define-action";
import { postedAnswers } from "@/lib/surveys/answer-value";
import { changed } from "@/lib/platform/page-cache/changed";
import { enterMonitorPaper, setMonitorRound } from "../commands/monitor";
import { monitorPaperSchema, monitorRoundSchema } from "../schema";

/** The beheerder sets the dates of one year's buurtmonitor (the first time, every wijk gets its survey). */
export const setMonitorRoundAction = defineAction({
  schema: monitorRoundSchema,
  permission: "monitor:manage",
  run: ({ input, user }) => setMonitorRound(getDb(), { actorId: user.id, ...input }),
  changed: () => changed.personal("/beheer/buurtmonitor", "/buurtmonitor", "/dashboard/effect"),
  message: ({ input }) => `De buurtmonitor ${input.year} is opgeslagen.`,
});

/** A paper monitor form typed in by the buurtwerker who collected it; marked as paper. */
export const enterMonitorPaperAction = defineAction({
  schema: monitorPaperSchema,
  permission: "monitor:enter-paper",
  run: ({ input, user, formData }) => {
    enterMonitorPaper(getDb(), { actorId: user.id, year: input.year, wijkId: input.wijkId, ageGroup: input.ageGroup, posted: postedAnswers(formData) });
  },
  changed: () => changed.personal("/dashboard/effect"),
  message: () => "Opgeslagen als papieren antwoord. U kunt het volgende formulier invullen.",
});
