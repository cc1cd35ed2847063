import type { PresentedFigures } from "./present";
import type { StatsTable } from "./table";

type Meedoen = PresentedFigures["meedoen"];
type Row = Meedoen["total"];

const MEEDOEN_COLUMNS = [
  { key: "aangeboden", label: "Plekken aangeboden" },
  { key: "genomen", label: "Mensen gemeld" },
  { key: "vol", label: "Plekken vol" },
  { key: "gekomen", label: "Mensen gekomen" },
  { key: "uren", label: "Uren geholpen" },
];

const cells = (row: Row) => ({ aangeboden: row.offered, genomen: row.taken, vol: row.filled, gekomen: row.came, uren: row.hours });

/** Places to help per wijk (with the total) and per month. */
export function meedoenTables(meedoen: Meedoen): StatsTable[] {
  return [
    {
      id: "meedoen",
      title: "Plekken om te helpen per wijk",
      columns: [{ key: "wijk", label: "Wijk" }, ...MEEDOEN_COLUMNS],
      rows: [...meedoen.byWijk.map((row) => ({ wijk: row.wijk, ...cells(row) })), { wijk: "Samen", ...cells(meedoen.total) }],
      chart: { labelKey: "wijk", valueKeys: ["aangeboden", "vol"] },
    },
    {
      id: "meedoen-maanden",
      title: "Plekken om te helpen per maand",
      columns: [{ key: "maand", label: "Maand" }, ...MEEDOEN_COLUMNS],
      rows: meedoen.byMonth.map((row) => ({ maand: row.month, ...cells(row) })),
      chart: { labelKey: "maand", valueKeys: ["aangeboden", "vol"] },
    },
  ];
}

/** The trajectory figures: the alliance sees each (all rounded to tens), the public the total only. */
export function trajectoryTable(t: PresentedFigures["trajectories"]): StatsTable {
  const total = { wat: `In totaal (doel: ${t.goal})`, aantal: t.total };
  const rows =
    t.now === null
      ? [total]
      : [
          { wat: "In een traject nu", aantal: t.now },
          total,
          { wat: "Een trede of meer omhoog op de ladder", aantal: t.steppedUp },
          { wat: "Naar betaald werk", aantal: t.paidWork },
          // Empty while fewer than 10 people gave the hours.
          { wat: "Uren geholpen deze maand", aantal: t.hoursThisMonth },
        ];
  return {
    id: "trajecten",
    title: "Participatietrajecten",
    columns: [{ key: "wat", label: "Wat" }, { key: "aantal", label: "Aantal" }],
    rows,
  };
}
