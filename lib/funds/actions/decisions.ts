"use server";

import { getDb } from "@/db/client";
import { defineAction } from "@/lib/platform/forms/define-action";
import { initiativeInInput } from "@/lib/platform/page-cache/changed";
import { decideMoney } from "../commands/decisions";
import { recordPayment } from "../commands/movements";
import { addAdvice } from "../commands/requests";
import { formatEuros } from "../../platform/money";
import { adviceSchema, decisionSchema, paymentSchema } from "../schema";

/** A buurtwerker advises on the idea's money request. */
export const addAdviceAction = defineAction({
  schema: adviceSchema,
  permission: "fund:advise",
  run: ({ input, user }) => addAdvice(getDb(), { ...input, actorId: user.id }),
  changed: initiativeInInput,
  message: () => "Uw advies staat erbij.",
});

/** The beheerder grants money from a fund (never more than its balance) or refuses with a reason. */
export const decideMoneyAction = defineAction({
  schema: decisionSchema,
  permission: "fund:decide",
  run: ({ input, user }) => decideMoney(getDb(), { ...input, actorId: user.id }),
  changed: initiativeInInput,
  message: ({ input }) =>
    input.decision === "grant" ? `${formatEuros(input.amount)} is toegekend. De bewoner krijgt een mail.` : "Het geld is niet gegeven. De bewoner krijgt een mail met de reden.",
});

/** The beheerder records a tranche paid out; never more than the grant. */
export const recordPaymentAction = defineAction({
  schema: paymentSchema,
  permission: "fund:decide",
  run: ({ input, user }) => recordPayment(getDb(), { ...input, actorId: user.id }),
  changed: initiativeInInput,
  message: ({ input }) => `De betaling van ${formatEuros(input.amount)} staat erbij.`,
});
