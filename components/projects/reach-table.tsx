import type { ReachRow } from "@/lib/surveys/queries/results";

/** Whom the answers came from, per wijk or per age group ("<5" where fewer than 5), beside how many live there. */
export function ReachTable({ caption, rows }: { caption: string; rows: ReachRow[] }) {
  return (
    <table className="w-full border-collapse break-inside-avoid">
      <caption className="text-left font-bold">{caption}</caption>
      <thead>
        <tr className="border-b-2 border-gray-300 text-left">
          <th scope="col" className="py-1">Wie</th>
          <th scope="col" className="py-1 text-right">Antwoorden</th>
          <th scope="col" className="py-1 text-right">Inwoners</th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && (
          <tr>
            <td colSpan={3} className="py-1">Nog niemand.</td>
          </tr>
        )}
        {rows.map((row) => (
          <tr key={row.label} className="border-b border-gray-200">
            <td className="py-1 print:py-0">{row.label}</td>
            <td className="py-1 text-right font-bold print:py-0">{row.count}</td>
            <td className="py-1 text-right print:py-0">{row.population === null ? "–" : row.population.toLocaleString("nl-NL")}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
