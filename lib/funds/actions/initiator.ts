"use server";

import { getDb } from "@/db/client";
import { defineAction } from "@/lib/platform/forms/define-action";
import { deletePhoto } from "@/lib/initiatives/photo";
import { initiativeInInput } from "@/lib/platform/page-cache/changed";
import { returnMoney, reportSpending } from "../commands/movements";
import { addBudgetLine, removeBudgetLine, sendMoneyRequest } from "../commands/requests";
import { saveResult } from "../commands/results";
import { RESULT_PHOTOS_MAX } from "../fields";
import { formatEuros } from "@/lib/platform/money";
import { formatDate } from "@/lib/platform/format";
import { budgetLineSchema, moneyRequestSchema, removeBudgetLineSchema, resultSchema, returnSchema, spendingSchema } from "../schema";
import { withPhotos } from "../uploads";
import { MONEY_LIMIT } from "../rate-limits";

const own = {
  permission: "fund:request",
  limit: MONEY_LIMIT,
  changed: initiativeInInput,
} as const;

/** The initiator adds a line to the idea's budget. */
export const addBudgetLineAction = defineAction({
  ...own,
  schema: budgetLineSchema,
  run: ({ input, user }) => addBudgetLine(getDb(), { ...input, actorId: user.id }),
  message: ({ input }) => `"${input.whatFor}" staat in uw begroting.`,
});

/** The initiator removes a line from the idea's budget. */
export const removeBudgetLineAction = defineAction({
  ...own,
  schema: removeBudgetLineSchema,
  run: ({ input, user }) => removeBudgetLine(getDb(), { ...input, actorId: user.id }),
  message: () => "De regel is weggehaald.",
});

/** The initiator sends the budget as a money request: the buurtwerker advises, the beheerder decides. */
export const sendMoneyRequestAction = defineAction({
  ...own,
  schema: moneyRequestSchema,
  run: ({ input, user }) => sendMoneyRequest(getDb(), { ...input, actorId: user.id }),
  message: ({ result }) => `Uw vraag om geld is verstuurd. Een buurtwerker geeft uiterlijk op ${formatDate(result)} advies. U krijgt een mail.`,
});

/** The initiator reports spending, with an optional photo of the receipt (only staff see it). */
export const reportSpendingAction = defineAction({
  ...own,
  schema: spendingSchema,
  run: ({ input, user, formData }) =>
    withPhotos(formData, "receipt", 1, ([receipt]) => reportSpending(getDb(), { ...input, actorId: user.id, receiptPhoto: receipt ?? null })),
  message: ({ input }) => `Dank u wel. ${formatEuros(input.amount)} voor "${input.whatFor}" staat erbij.`,
});

/** The initiator returns money that is left to the fund. */
export const returnMoneyAction = defineAction({
  ...own,
  schema: returnSchema,
  run: ({ input, user }) => returnMoney(getDb(), { ...input, actorId: user.id }),
  message: ({ input }) => `Dank u wel. U heeft ${formatEuros(input.amount)} terugbetaald.`,
});

/** "Wat is er bereikt": by the initiator, or by staff on their behalf; up to 4 photos. */
export const saveResultAction = defineAction({
  ...own,
  schema: resultSchema,
  run: async ({ input, user, formData }) => {
    const replaced = await withPhotos(formData, "photos", RESULT_PHOTOS_MAX, (names) =>
      saveResult(getDb(), { ...input, actorId: user.id, actorRole: user.role, photos: names.length > 0 ? names : null }),
    );
    await Promise.all(replaced.map(deletePhoto));
  },
  message: () => "Dank u wel! Het resultaat staat op de pagina van het idee.",
});
