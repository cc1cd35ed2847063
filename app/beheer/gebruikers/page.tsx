import type { Metadata } from "next";
import { RoleForm } from "@/components/accounts/role-form";
import { INPUT_STYLES } from "@/components/forms/field";
import { BUTTON_STYLES } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";
import { searchUsers, USERS_PAGE_SIZE } from "@/lib/accounts/queries";
import { userSearchSchema } from "@/lib/accounts/schema";
import { requirePagePermission } from "@/lib/auth/guards";

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
      <form role="search" className="flex flex-wrap items-end gap-2">
        <div className="grow">
          <label htmlFor="q" className="block font-bold">
            Zoek op naam of e-mailadres
          </label>
          <input id="q" name="q" type="search" defaultValue={q} className={INPUT_STYLES} />
        </div>
        <button type="submit" className={BUTTON_STYLES.primary}>
          Zoeken
        </button>
      </form>
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
