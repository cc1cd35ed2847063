"use server";

import { getDb } from "@/db/client";
import { defineAction } from "@/lib/platform/forms/define-action";
import { changed } from "@/lib/platform/page-cache/changed";
import { saveFund, setBudget } from "../commands/funds";
import { formatEuros } from "../../platform/money";
import { budgetSchema, fundSchema } from "../schema";

/** The beheerder creates a fund or changes its name, provider and open/closed. */
export const saveFundAction = defineAction({
  schema: fundSchema,
  permission: "fund:manage",
  run: ({ input, user }) => saveFund(getDb(), { ...input, actorId: user.id }),
  changed: () => changed.fund(),
  message: ({ input }) => (input.fundId ? "Het fonds is aangepast." : `Het fonds "${input.name}" is toegevoegd.`),
});

/** The beheerder sets a fund's budget for one year. */
export const setBudgetAction = defineAction({
  schema: budgetSchema,
  permission: "fund:manage",
  run: ({ input, user }) => setBudget(getDb(), { ...input, actorId: user.id }),
  changed: () => changed.fund(),
  message: ({ input }) => `Het budget voor ${input.year} is nu ${formatEuros(input.amount)}.`,
});
