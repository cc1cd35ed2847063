import { z } from "zod";
import "@/lib/platform/forms/zod-dutch";
import { id } from "@/lib/platform/forms/fields";
import { AGE_GROUPS } from "@/lib/surveys/fields";
import { MONITOR_MAX_DAYS, MONITOR_YEAR_MAX, MONITOR_YEAR_MIN } from "./fields";

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const day = (message: string) => z.string({ error: message }).regex(DAY, message);
const year = z.coerce
  .number({ error: "Vul een jaar in, bijvoorbeeld 2026." })
  .int("Vul een jaar in, bijvoorbeeld 2026.")
  .min(MONITOR_YEAR_MIN, `Vul een jaar in vanaf ${MONITOR_YEAR_MIN}.`)
  .max(MONITOR_YEAR_MAX, `Vul een jaar in tot ${MONITOR_YEAR_MAX}.`);

/** The beheerder sets the year's window: from the first to the last day (both included), in that year. */
export const monitorRoundSchema = z
  .object({ year, opensOn: day("Kies de eerste dag."), closesOn: day("Kies de laatste dag.") })
  .superRefine((data, ctx) => {
    if (!data.opensOn.startsWith(`${data.year}-`)) ctx.addIssue({ code: "custom", path: ["opensOn"], message: `Kies een eerste dag in ${data.year}.` });
    const days = (Date.parse(data.closesOn) - Date.parse(data.opensOn)) / 86_400_000;
    if (!(days >= 0)) ctx.addIssue({ code: "custom", path: ["closesOn"], message: "De laatste dag komt na de eerste dag." });
    else if (days >= MONITOR_MAX_DAYS) ctx.addIssue({ code: "custom", path: ["closesOn"], message: `De buurtmonitor is hoogstens ${MONITOR_MAX_DAYS} dagen open.` });
  });
export type MonitorRoundInput = z.input<typeof monitorRoundSchema>;

/** One paper monitor form: which year and wijk, the age group if filled in; the answers are checked per question. */
export const monitorPaperSchema = z.object({
  year,
  wijkId: id("Kies een wijk uit de lijst."),
  ageGroup: z.preprocess((value) => (value === "" ? undefined : value), z.enum(AGE_GROUPS, { error: "Kies een leeftijd uit de lijst." }).optional()),
});
