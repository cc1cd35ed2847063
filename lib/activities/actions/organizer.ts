"use server";

import { getDb } from "@/db/client";
import { clientIp } from "@/lib/platform/auth/write-limit";
import { defineAction } from "@/lib/platform/forms/define-action";
import { activityInInput, changed } from "@/lib/platform/page-cache/changed";
import { ipRangeKey } from "@/lib/platform/security/ip-range";
import { siteUrl } from "@/lib/platform/site-url";
import { REPORT_LIMIT } from "@/lib/initiatives/rate-limits";
import { reportActivity } from "../commands/activity-reports";
import { createOwnActivity, organizerCheckIn } from "../commands/organizer";
import { sendOrganizerMessage } from "../commands/organizer-message";
import { activityReportSchema, checkInSchema, organizerMessageSchema, ownActivitySchema } from "../schema";

const organizer = { permission: "activity:organize" } as const;

/** The initiator creates an activity for their own idea; the first waits for a buurtwerker's yes. */
export const createOwnActivityAction = defineAction({
  ...organizer,
  schema: ownActivitySchema,
  run: ({ input, user }) => createOwnActivity(getDb(), { organizerId: user.id, data: input, baseUrl: siteUrl() }),
  changed: ({ input, result }) => {
    changed.activity(result.id);
    changed.personal(`/initiatieven/${input.initiativeId}`);
  },
  redirect: ({ result }) => `/activiteiten/${result.id}/organiseren?gelukt=${result.approval === "wacht" ? "wacht" : "live"}`,
});

/** The organiser ticks that someone came, on the day, from their phone. */
export const organizerCheckInAction = defineAction({
  ...organizer,
  schema: checkInSchema,
  run: ({ input, user }) => organizerCheckIn(getDb(), { organizerId: user.id, ...input }),
  changed: activityInInput,
  message: ({ input }) => (input.present ? "Binnen." : "Niet meer als binnen gemarkeerd."),
});

/** The organiser's one message a day to everyone signed up, sent by the platform. */
export const sendOrganizerMessageAction = defineAction({
  ...organizer,
  schema: organizerMessageSchema,
  run: ({ input, user }) => sendOrganizerMessage(getDb(), { organizerId: user.id, ...input }),
  changed: activityInInput,
  message: ({ result }) =>
    result.reached === 1 ? "Verstuurd. 1 persoon krijgt uw bericht." : `Verstuurd. ${result.reached} mensen krijgen uw bericht.`,
});

/** Reports an initiator's activity, once per resident; three reports hide it until a buurtwerker looks. */
export const reportActivityAction = defineAction({
  schema: activityReportSchema,
  permission: "activity:report",
  limit: REPORT_LIMIT,
  run: async ({ input, user }) => reportActivity(getDb(), { reporterId: user.id, ...input, rangeKey: ipRangeKey(await clientIp()) }),
  changed: activityInInput,
  message: ({ result }) =>
    result.alreadyReported ? "U had dit al gemeld. Een buurtwerker kijkt ernaar." : "Dank u wel voor uw melding. Een buurtwerker kijkt ernaar.",
  redirect: ({ result }) => (result.hidden ? "/activiteiten?gemeld=1" : null),
});
