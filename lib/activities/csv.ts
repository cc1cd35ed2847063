import type { Roster, RosterEntry } from "./queries/staff";

// Cells starting with = + - @ are prefixed so a spreadsheet never runs them as formulas.
const cell = (value: string | number | null) => {
  const text = String(value ?? "");
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
};

const HEADER = ["Lijst", "Nummer", "Naam", "Personen", "Opmerking", "E-mail", "Telefoon", "Gekomen", "Van wachtlijst"];

function rows(list: string, entries: RosterEntry[]): string[][] {
  return entries.map((e, n) => [list, String(n + 1), e.name, String(e.partySize), e.notes ?? "", e.email ?? "", e.phone ?? "", e.checkedIn ? "ja" : "nee", e.promoted ? "ja" : "nee"]);
}

/** The list of one activity as CSV (semicolons, as Dutch spreadsheets expect), with a BOM for Excel. */
export function rosterCsv(roster: Roster): string {
  const all = [HEADER, ...rows("aangemeld", roster.confirmed), ...rows("wachtlijst", roster.waiting), ...rows("binnenloper", roster.walkIns)];
  return `\uFEFF${all.map((r) => r.map(cell).join(";")).join("\r\n")}\r\n`;
}
