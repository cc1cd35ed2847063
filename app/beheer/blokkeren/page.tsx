import type { Metadata } from "next";
import { UserSearchForm } from "@/components/accounts/user-search-form";
import { BlockForm } from "@/components/accounts/block-form";
import { Pagination } from "@/components/ui/pagination";
import { PersonName } from "@/components/ui/role-badge";
import { searchAccountsToBlock, USERS_PAGE_SIZE } from "@/lib/accounts/queries/accounts";
import { userSearchSchema } from "@/lib/accounts/schema";
import { requirePagePermission } from "@/lib/platform/auth/guards";
import { formatDate } from "@/lib/platform/format";

export const metadata: Metadata = { title: "Account blokkeren" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const isStaff = (role: string) => role === "buurtwerker" || role === "beheerder";

export default async function BlockPage({ searchParams }: Props) {
  await requirePagePermission("users:block", "/beheer/blokkeren");
  const { q, pagina } = userSearchSchema.parse(await searchParams);
  const { rows, total } = searchAccountsToBlock({ query: q, page: pagina });
  const pages = Math.max(1, Math.ceil(total / USERS_PAGE_SIZE));
  const pageLink = (page: number) => `/beheer/blokkeren?${new URLSearchParams({ q, pagina: String(page) })}`;
  const found = total === 1 ? "1 account gevonden." : `${total} accounts gevonden.`;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Account blokkeren</h1>
      <p>
        Een geblokkeerd account kan niet meer inloggen. Zijn ideeën en reacties ziet niemand meer. U kunt de blokkade
        later weer opheffen.
      </p>
      <UserSearchForm label="Zoek op naam" query={q} />
      <p aria-live="polite">{q ? found : total === 0 ? "Er zijn geen geblokkeerde accounts." : `Geblokkeerd: ${found}`}</p>
      <ul className="space-y-4">
        {rows.map((account) => {
          const name = account.displayName ?? "(nog geen naam)";
          return (
            <li key={account.id} className="space-y-2 rounded-xl border-2 border-brand-light p-4 wrap-anywhere">
              <p>
                <strong>
                  <PersonName name={name} role={account.role} />
                </strong>
                {account.wijkName ? ` · ${account.wijkName}` : ""}
              </p>
              {account.blockedAt && (
                <p className="font-semibold text-danger">
                  Geblokkeerd op {formatDate(account.blockedAt)}: {account.blockedReason}
                </p>
              )}
              {isStaff(account.role) ? (
                <p className="text-muted">Een medewerker kunt u niet blokkeren.</p>
              ) : (
                <BlockForm userId={account.id} name={name} blocked={Boolean(account.blockedAt)} />
              )}
            </li>
          );
        })}
      </ul>
      <Pagination page={pagina} pages={pages} hrefFor={pageLink} />
    </div>
  );
}
