import { LEEFGEBIED_LABELS } from "@/lib/reference/leefgebieden";
import type { MoneyRow } from "./queries/money-figures";
import type { PresentedFigures } from "./present";
import type { StatsTable } from "./table";

/** Whole euros for the tables and charts of the figures; exact cents stay in the JSON and the ledger. */
const euros = (cents: number) => Math.round(cents / 100);

const AMOUNT_COLUMNS = [
  { key: "toegekend", label: "Toegekend (€)" },
  { key: "betaald", label: "Betaald (€)" },
  { key: "uitgegeven", label: "Uitgegeven (€)" },
  { key: "terug", label: "Terugbetaald (€)" },
];

function moneyTable(id: string, title: string, labelHeader: string, rows: MoneyRow[], label = (row: MoneyRow) => row.label): StatsTable {
  return {
    id,
    title,
    columns: [{ key: "naam", label: labelHeader }, ...AMOUNT_COLUMNS],
    rows: rows.map((row) => ({
      naam: label(row),
      toegekend: euros(row.granted),
      betaald: euros(row.paid),
      uitgegeven: euros(row.spent),
      terug: euros(row.returned),
    })),
    chart: { labelKey: "naam", valueKeys: ["toegekend", "uitgegeven"] },
  };
}

/** The money and results of the figures as tables (dashboard, /cijfers, CSV). */
export function moneyTables(money: PresentedFigures["money"]): StatsTable[] {
  const { totals, results } = money;
  return [
    {
      id: "geld",
      title: "Geld voor ideeën",
      columns: [{ key: "wat", label: "Wat" }, { key: "bedrag", label: "Bedrag (€)" }],
      rows: [
        { wat: "Toegekend", bedrag: euros(totals.granted) },
        { wat: "Betaald", bedrag: euros(totals.paid) },
        { wat: "Uitgegeven", bedrag: euros(totals.spent) },
        { wat: "Terugbetaald", bedrag: euros(totals.returned) },
        { wat: "Gemiddeld per gerealiseerd idee", bedrag: money.averageGrantPerRealised === null ? null : euros(money.averageGrantPerRealised) },
      ],
      chart: { labelKey: "wat", valueKeys: ["bedrag"] },
    },
    moneyTable("geld-fondsen", "Geld per fonds", "Fonds", money.byFund),
    moneyTable("geld-wijken", "Geld per wijk", "Wijk", money.byWijk),
    moneyTable("geld-themas", "Geld per thema", "Thema", money.byTheme),
    moneyTable("geld-leefgebieden", "Geld per leefgebied", "Leefgebied", money.byLeefgebied, (row) => LEEFGEBIED_LABELS[row.label as keyof typeof LEEFGEBIED_LABELS] ?? row.label),
    moneyTable("geld-jaren", "Geld per jaar", "Jaar", money.byYear),
    {
      id: "resultaten",
      title: "Wat is er bereikt",
      columns: [{ key: "wat", label: "Wat" }, { key: "aantal", label: "Aantal" }],
      rows: [
        { wat: "Ideeën die geld kregen", aantal: money.ideasWithGrant },
        { wat: "Gerealiseerde ideeën met een resultaat", aantal: results.ideas },
        { wat: "Mensen bereikt", aantal: results.peopleReached },
        { wat: "Vrijwilligers", aantal: results.volunteers },
        { wat: "Uren vrijwilligerswerk", aantal: results.volunteerHours },
      ],
    },
  ];
}
