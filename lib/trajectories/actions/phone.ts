"use server";

import { getDb } from "@/db/client";
import { clientIp } from "@/lib/platform/auth/write-limit";
import { env } from "@/lib/platform/env";
import { AppError, FieldRefusal } from "@/lib/platform/errors";
import { defineAction } from "@/lib/platform/forms/define-action";
import { changed } from "@/lib/platform/page-cache/changed";
import { readMobile, smsCountriesOf } from "@/lib/platform/sms/phone";
import { redeemTrajectoryCode, removeOwnPhoneTrajectory, requestTrajectoryCode } from "../commands/phone-access";
import { closePhoneSession, keepPendingCode, openPhoneSession, pendingCode, phoneSession } from "../phone-session";
import { phoneCodeRequestSchema, phoneCodeSchema, removePhoneTrajectorySchema } from "../schema";

// /mijn-traject: a client without an account opens their trajectory with a code by text message.

/** Every number gets the same answer; only a number with a trajectory gets a text message. */
export const requestTrajectoryCodeAction = defineAction({
  caller: "anyone",
  schema: phoneCodeRequestSchema,
  run: async ({ input }) => {
    const read = readMobile(input.phone, smsCountriesOf(env().smsCountries));
    if ("refused" in read) throw new FieldRefusal("phone", read.refused);
    const { token } = requestTrajectoryCode(getDb(), { phone: read.number, ip: await clientIp() });
    await keepPendingCode(token);
  },
  redirect: () => "/mijn-traject/code",
});

/** The code from the text message opens the page for a short while. */
export const trajectoryCodeAction = defineAction({
  caller: "anyone",
  schema: phoneCodeSchema,
  run: async ({ input }) => {
    const token = await pendingCode();
    if (!token) throw new AppError("not_found", "Vraag eerst een code. Typ daarvoor uw 06-nummer.");
    await openPhoneSession(redeemTrajectoryCode(getDb(), { token, code: input.code, ip: await clientIp() }));
  },
  redirect: () => "/mijn-traject",
});

/** "Verwijder mijn traject": it ends and its details go; the page closes. */
export const removePhoneTrajectoryAction = defineAction({
  caller: "anyone",
  schema: removePhoneTrajectorySchema,
  run: async () => {
    const trajectoryId = await phoneSession();
    if (trajectoryId === null) throw new AppError("not_found", "Uw code werkt niet meer. Vraag een nieuwe code.");
    removeOwnPhoneTrajectory(getDb(), { trajectoryId });
    await closePhoneSession();
  },
  changed: () => changed.trajectory(),
  redirect: () => "/mijn-traject?verwijderd=ja",
});
