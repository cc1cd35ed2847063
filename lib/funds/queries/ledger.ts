import "server-only";
import { and, asc, eq, isNotNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { fundPayments, fundReturns, fundSpendings, grants, initiatives } from "@/db/schema";
import type { StatsTable } from "@/lib/stats/tables";
import { centsToDecimal } from "../../platform/money";

type Entry = { kind: string; on: Date; initiativeId: number; title: string; amount: number; note: string };

const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The ledger of one fund's budget year for the municipality's bookkeeping: each grant of that year,
 * and every payment, spending and return on those grants (whatever their date), in date order.
 * Amounts as plain decimals ("1250.50"); spending and returns show what they were for, never a receipt.
 */
export function fundLedger(fundId: number, year: number): StatsTable {
  const db = getDb();
  const ofYear = and(eq(grants.fundId, fundId), eq(grants.year, year), isNotNull(grants.amountCents));
  const entries: Entry[] = db
    .select({ id: grants.id, on: grants.decidedAt, initiativeId: grants.initiativeId, title: initiatives.title, amount: grants.amountCents, conditions: grants.conditions })
    .from(grants)
    .innerJoin(initiatives, eq(initiatives.id, grants.initiativeId))
    .where(ofYear)
    .all()
    .map((g) => ({ kind: "toekenning", on: g.on, initiativeId: g.initiativeId, title: g.title, amount: g.amount!, note: g.conditions ?? "" }));
  const movements = [
    { kind: "betaling", table: fundPayments },
    { kind: "terugbetaling", table: fundReturns },
  ] as const;
  for (const { kind, table } of movements) {
    for (const row of db
      .select({ on: table.on, initiativeId: grants.initiativeId, title: initiatives.title, amount: table.amountCents })
      .from(table)
      .innerJoin(grants, eq(grants.id, table.grantId))
      .innerJoin(initiatives, eq(initiatives.id, grants.initiativeId))
      .where(ofYear)
      .all()) {
      entries.push({ kind, ...row, note: "" });
    }
  }
  for (const row of db
    .select({ on: fundSpendings.on, initiativeId: grants.initiativeId, title: initiatives.title, amount: fundSpendings.amountCents, note: fundSpendings.whatFor })
    .from(fundSpendings)
    .innerJoin(grants, eq(grants.id, fundSpendings.grantId))
    .innerJoin(initiatives, eq(initiatives.id, grants.initiativeId))
    .where(ofYear)
    .orderBy(asc(fundSpendings.on))
    .all()) {
    entries.push({ kind: "uitgave", ...row });
  }
  entries.sort((a, b) => a.on.getTime() - b.on.getTime() || a.initiativeId - b.initiativeId);
  return {
    id: "grootboek",
    title: `Grootboek ${year}`,
    columns: [
      { key: "datum", label: "Datum" },
      { key: "soort", label: "Soort" },
      { key: "idee", label: "Idee-nummer" },
      { key: "titel", label: "Idee" },
      { key: "bedrag", label: "Bedrag (euro)" },
      { key: "omschrijving", label: "Omschrijving" },
    ],
    rows: entries.map((e) => ({ datum: day(e.on), soort: e.kind, idee: e.initiativeId, titel: e.title, bedrag: centsToDecimal(e.amount), omschrijving: e.note })),
  };
}
