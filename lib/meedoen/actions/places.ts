"use server";

import { getDb } from "@/db/client";
import { can } from "@/lib/platform/auth/permissions";
import { clientIp } from "@/lib/platform/auth/write-limit";
import { defineAction } from "@/lib/platform/forms/define-action";
import { withDoneNote } from "@/lib/platform/forms/done-notes";
import { changed } from "@/lib/platform/page-cache/changed";
import { siteUrl } from "@/lib/platform/site-url";
import { decideTake, markAttendance } from "../commands/host";
import { offerPlace } from "../commands/offer";
import { takePlace, withdrawOwnTake, withdrawTakesByCode } from "../commands/take";
import { cancelCodeSchema } from "@/lib/activities/schema";
import { attendanceSchema, decideSchema, offerSchema, ownTakeSchema, takeByPhoneSchema, takeWithAccountSchema, type TakeByPhoneData } from "../schema";
import { PROPOSAL_LIMIT } from "@/lib/initiatives/rate-limits";

const actorOf = (user: { id: string; role: Parameters<typeof can>[0] }) => ({ id: user.id, staff: can(user.role, "meedoen:host-any") });

/** An initiator (own published idea) or staff (any idea or activity) offers a place to help. */
export const offerPlaceAction = defineAction({
  schema: offerSchema,
  permission: "meedoen:offer",
  limit: PROPOSAL_LIMIT,
  run: ({ input, user }) => offerPlace(getDb(), { actor: actorOf(user), data: input }),
  changed: ({ result }) => changed.meedoen(result),
  redirect: ({ result }) => `/meedoen/${result.id}/aanmeldingen`,
});

/** Takes a place in one step: signed in with the account, otherwise with a first name and a mobile number. */
export const takePlaceAction = defineAction({
  caller: "optional",
  honeypot: () => ({ ok: true, message: "Dank u wel! U krijgt een sms." }),
  schema: (values: Record<string, string>) => ("phone" in values ? takeByPhoneSchema : takeWithAccountSchema),
  permission: "meedoen:take",
  run: async ({ input, user }) => {
    // The schema was picked by the "phone" field, so its presence tells which one parsed.
    const byPhone = "phone" in input ? (input as TakeByPhoneData) : null;
    return takePlace(getDb(), {
      placeId: input.placeId,
      allDates: input.allDates,
      user: user && !byPhone ? { id: user.id, name: user.displayName ?? "Vrijwilliger", email: user.email } : null,
      name: byPhone?.name,
      phone: byPhone?.phone,
      baseUrl: siteUrl(),
      limit: { ip: await clientIp() },
    });
  },
  changed: ({ result }) => result.places.forEach(changed.meedoen),
  message: ({ input, result }) =>
    result.existing
      ? "U had zich hier al voor gemeld. U hoeft niets meer te doen."
      : `Dank u wel! ${result.dates > 1 ? `U heeft zich gemeld voor ${result.dates} dagen. ` : ""}U krijgt ${"phone" in input ? "een sms" : "een mail"} als de gastheer of gastvrouw ja of nee zegt.`,

  // Without JavaScript, as an activity sign-up: a 303 back to the place. A signed-in person sees
  // their take there from the database; a guest gets the fixed note (nothing of the person in it).
  redirectWithoutScript: ({ input }) =>
    "phone" in input ? withDoneNote(`/meedoen/${input.placeId}`, "meehelpen-sms", "meehelpen") : `/meedoen/${input.placeId}#meehelpen`,
});

/** A signed-in person withdraws their own take before the date. */
export const withdrawTakeAction = defineAction({
  schema: ownTakeSchema,
  permission: "meedoen:take",
  run: ({ input, user }) => withdrawOwnTake(getDb(), { userId: user.id, takeId: input.takeId, baseUrl: siteUrl() }),
  changed: ({ result }) => changed.meedoen(result),
  // The take is gone, and with it the form: the place's page says it (signed in, never cached).
  redirect: ({ result }) => `/meedoen/${result.id}?afgemeld=ja`,
});

/** A guest cancels with the number and the code from the text message; the code is the proof, its tries are limited. */
export const withdrawByCodeAction = defineAction({
  caller: "anyone",
  schema: cancelCodeSchema,
  run: async ({ input }) => withdrawTakesByCode(getDb(), { phone: input.phone, code: input.code, baseUrl: siteUrl(), ip: await clientIp() }),
  changed: ({ result }) => result.forEach(changed.meedoen),
  message: ({ result }) => `U bent afgemeld${result.length > 1 ? ` voor ${result.length} dagen` : ""}. De plek is weer vrij voor iemand anders.`,
});

/** The host (or staff) says yes or no. */
export const decideTakeAction = defineAction({
  schema: decideSchema,
  permission: "meedoen:offer",
  run: ({ input, user }) => decideTake(getDb(), { actor: actorOf(user), takeId: input.takeId, accept: input.accept, baseUrl: siteUrl() }),
  changed: ({ result }) => changed.meedoen(result),
  message: ({ input }) => (input.accept ? "Opgeslagen: deze persoon kan komen. Hij of zij krijgt bericht." : "Opgeslagen. Deze persoon krijgt een vriendelijk bericht."),
});

/** After the date: came or not, and the skills for the certificate. */
export const markAttendanceAction = defineAction({
  schema: attendanceSchema,
  permission: "meedoen:offer",
  run: ({ input, user }) => markAttendance(getDb(), { actor: actorOf(user), ...input, baseUrl: siteUrl() }),
  changed: ({ result }) => changed.meedoen(result),
  message: ({ input }) => (input.came ? "Opgeslagen: gekomen." : "Opgeslagen: niet gekomen."),
});
