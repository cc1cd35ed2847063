import type { Cell, StatsTable } from "./tables";

/** One CSV field: quoted when needed, and never read as a formula by a spreadsheet. */
function field(value: Cell): string {
  if (value === null) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const line = (cells: Cell[]) => cells.map(field).join(",");

/** One table as CSV with a header row (RFC 4180, CRLF line ends). */
export function tableToCsv(table: StatsTable): string {
  const header = line(table.columns.map((c) => c.label));
  const rows = table.rows.map((row) => line(table.columns.map((c) => row[c.key] ?? null)));
  return [header, ...rows].join("\r\n") + "\r\n";
}

/** All tables in one long CSV: table, row label, measure, value. */
export function tablesToLongCsv(tables: StatsTable[]): string {
  const rows: Cell[][] = [["tabel", "rij", "maat", "waarde"]];
  for (const table of tables) {
    const [labelColumn, ...measures] = table.columns;
    for (const row of table.rows) {
      for (const measure of measures) rows.push([table.id, row[labelColumn!.key] ?? null, measure.label, row[measure.key] ?? null]);
    }
  }
  return rows.map(line).join("\r\n") + "\r\n";
}

/** `extraHeaders`: e.g. the open-data licence, which a CSV cannot carry in the file itself. */
export function csvResponse(csv: string, filename: string, extraHeaders: Record<string, string> = {}): Response {
  return new Response(`\uFEFF${csv}`, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
      ...extraHeaders,
    },
  });
}
