import type { Metadata } from "next";
import { UserSearchForm } from "@/components/accounts/user-search-form";
import { RoleForm } from "@/components/accounts/role-form";
import { Pagination } from "@/components/ui/pagination";
import { searchUsers, USERS_PAGE_SIZE } from "@/lib/accounts/queries/accounts";
import { userSearchSchema } from "@/lib/accounts/schema";
import { requirePagePermission } from "@/lib/platform/auth/guards";

export const metadata: Metadata = { title: "Gebruikers" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function UsersPage({ searchParams }: Props) {
  await requirePagePermission("users:manage", "/beheer/gebruikers");
  const { q, pagina } = userSearchSchema.parse(await searchParams);
  const { rows, total } = searchUsers({ query: q, page: pagina });
  const pages = Math.max(1, Math.ceil(total / USERS_PAGE_SIZE));
  const pageLink = (page: number) => `/beheer/gebruikers?${new URLSearchParams({ q, pagina: String(page) })}`;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Gebruikers en rollen</h1>
      <UserSearchForm label="Zoek op naam of e-mailadres" query={q} />
      <p aria-live="polite">{total === 1 ? "1 gebruiker gevonden." : `${total} gebruikers gevonden.`}</p>
      <ul className="space-y-4">
        {rows.map((user) => (
          <li key={user.id} className="space-y-2 rounded-xl border-2 border-brand-light p-4 wrap-anywhere">
            <p>
              <strong>{user.displayName ?? "(nog geen naam)"}</strong> · {user.email}
              {user.wijkName ? ` · ${user.wijkName}` : ""}
            </p>
            <RoleForm userId={user.id} role={user.role} userLabel={user.displayName ?? user.email} />
          </li>
        ))}
      </ul>
      <Pagination page={pagina} pages={pages} hrefFor={pageLink} />
    </div>
  );
}
