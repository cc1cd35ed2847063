/** One table of figures: what the dashboard, /cijfers, the charts and every CSV are made of. */
export type Cell = number | string | null;
export type Column = { key: string; label: string };
export type StatsTable = {
  id: string;
  title: string;
  columns: Column[];
  rows: Record<string, Cell>[];
  /** Which column names the bars and which columns are drawn as bars. */
  chart?: { labelKey: string; valueKeys: string[] };
};
