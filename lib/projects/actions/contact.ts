"use server";

import { getDb } from "@/db/client";
import { clientIp } from "@/lib/platform/auth/write-limit";
import { AppError } from "@/lib/platform/errors";
import { defineAction } from "@/lib/platform/forms/define-action";
import { siteUrl } from "@/lib/platform/site-url";
import { leaveContact, stopContact } from "../commands/contacts";
import { CONTACT_STOPPED } from "../fields";
import { contactSchema, stopContactSchema } from "../schema";

// Bericht zonder account (docs/projects.md): no session and no survey cookie is read, so nothing
// ties the address to the answers given on the same device.

/** Anyone leaves an e-mail address or a mobile number for one project's "wat doen we ermee". */
export const leaveContactAction = defineAction({
  caller: "anyone",
  schema: contactSchema,
  run: async ({ input }) => leaveContact(getDb(), { projectId: input.projectId, reach: input.reach, ip: await clientIp(), baseUrl: siteUrl() }),
  message: ({ input }) =>
    input.reach.email ? "Dank u wel. U staat op de lijst. U krijgt nu een mail met een link om te stoppen." : "Dank u wel. U staat op de lijst. U krijgt nu een sms met een link om te stoppen.",
});

/** The stop link's button: the token is the proof; the row is deleted. */
export const stopContactAction = defineAction({
  caller: "anyone",
  schema: stopContactSchema,
  run: ({ input }) => {
    if (!stopContact(getDb(), input.token)) throw new AppError("not_found", "Deze link werkt niet meer. Uw gegevens zijn al gewist, of er kwam een nieuwere link.");
  },
  message: () => CONTACT_STOPPED,
  // Without JavaScript the stop page itself would now say the link no longer works: a page of its own.
  redirectWithoutScript: () => "/projecten/stoppen/gewist",
});
