import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DataTable } from "@/components/stats/data-table";
import type { StatsTable } from "@/lib/stats/tables";

/** A long table on the dashboard's table page is shown 50 rows at a time, with links to the rest. */
const table: StatsTable = {
  id: "activiteiten",
  title: "Per activiteit",
  columns: [{ key: "activiteit", label: "Activiteit" }, { key: "opgegeven", label: "Opgegeven" }],
  rows: Array.from({ length: 120 }, (_, i) => ({ activiteit: `Activiteit ${i + 1}`, opgegeven: i })),
};
const hrefFor = (page: number) => `/dashboard/tabel/activiteiten?pagina=${page}`;
const render = (number: number) => renderToStaticMarkup(createElement(DataTable, { table, page: { number, size: 50, hrefFor } }));

describe("a long table in pages", () => {
  it("shows only the rows of its page, says which, and links to the pages around it", () => {
    const html = render(2);
    expect(html).toContain("Activiteit 51<");
    expect(html).toContain("Activiteit 100<");
    expect(html).not.toContain("Activiteit 50<");
    expect(html).not.toContain("Activiteit 101<");
    expect(html).toContain("Rij 51 tot en met 100 van 120.");
    expect(html).toContain('href="/dashboard/tabel/activiteiten?pagina=1"');
    expect(html).toContain('href="/dashboard/tabel/activiteiten?pagina=3"');
  });

  it("shows the last page for a page number past the end", () => {
    const html = render(9);
    expect(html).toContain("Rij 101 tot en met 120 van 120.");
    expect(html).not.toContain("pagina=4");
  });
});
