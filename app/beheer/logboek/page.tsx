import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { Pagination } from "@/components/ui/pagination";
import { AUDIT_PAGE_SIZE, listAuditLog } from "@/lib/platform/audit/queries";
import { auditLine } from "@/lib/platform/audit/sentences";
import { requirePagePermission } from "@/lib/platform/auth/guards";

export const metadata: Metadata = { title: "Logboek" };

const timestamp = new Intl.DateTimeFormat("nl-NL", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Amsterdam" });
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
      {rows.length === 0 && <p>Er staat nog niets in het logboek.</p>}
      <ol className="space-y-3" aria-label="Logboek, nieuwste bovenaan">
        {rows.map((row) => {
          const { sentence, link } = auditLine(row);
          return (
            <li key={row.id} className="space-y-1 rounded-xl border-2 border-gray-200 p-3 break-words">
              <p className="text-base text-muted">
                <time dateTime={row.createdAt.toISOString()}>{timestamp.format(row.createdAt)}</time>
              </p>
              <p>{sentence}</p>
              {link && (
                <Link href={link.href} className="inline-flex min-h-11 items-center">
                  {link.label}
                </Link>
              )}
            </li>
          );
        })}
      </ol>
      <Pagination page={page} pages={pages} hrefFor={(n) => `/beheer/logboek?pagina=${n}`} />
    </div>
  );
}
