import type { Metadata } from "next";
import { Pagination } from "@/components/ui/pagination";
import { z } from "zod";
import { AUDIT_PAGE_SIZE, listAuditLog } from "@/lib/audit/queries";
import { requirePagePermission } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "Logboek" };

const timestamp = new Intl.DateTimeFormat("nl-NL", { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Amsterdam" });
const pageSchema = z.coerce.number().int().min(1).catch(1);

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<{ pagina?: string }> }) {
  await requirePagePermission("audit-log:view", "/beheer/logboek");
  const page = pageSchema.parse((await searchParams).pagina);
  const { rows, total } = listAuditLog(page);
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Logboek</h1>
      <p>Wie deed wat en wanneer. Elke actie van een medewerker komt hier, nieuwste bovenaan.</p>
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Logboek">
        <table className="w-full border-collapse text-base">
          <caption className="sr-only">Logboek van acties van medewerkers</caption>
          <thead>
            <tr className="border-b-2 border-brand text-left">
              <th scope="col" className="p-2">Wanneer</th>
              <th scope="col" className="p-2">Wie</th>
              <th scope="col" className="p-2">Wat</th>
              <th scope="col" className="p-2">Details</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-gray-300 align-top">
                <td className="p-2 whitespace-nowrap">{timestamp.format(row.createdAt)}</td>
                <td className="p-2">{row.actorName ?? "(verwijderd)"}</td>
                <td className="p-2">
                  {row.action} · {row.targetType} {row.targetId}
                </td>
                <td className="p-2 break-all">{row.details ? JSON.stringify(row.details) : ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={page} pages={pages} hrefFor={(n) => `/beheer/logboek?pagina=${n}`} />
    </div>
  );
}
