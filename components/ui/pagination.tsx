import Link from "next/link";

/**
 * "Vorige pagina · Pagina 2 van 5 · Volgende pagina", with plain links that work without JavaScript.
 * A list that is not counted gives `hasNext` instead of `pages` and shows "Pagina 2".
 */
export function Pagination({
  page,
  pages,
  hasNext = pages !== undefined && page < pages,
  hrefFor,
}: {
  page: number;
  pages?: number;
  hasNext?: boolean;
  hrefFor: (page: number) => string;
}) {
  const last = pages ?? (hasNext ? page + 1 : page);
  if (last <= 1) return null;
  return (
    <nav aria-label="Pagina's" className="flex flex-wrap items-center gap-4">
      {page > 1 && (
        <Link href={hrefFor(page - 1)} className="inline-flex min-h-11 items-center">
          Vorige pagina
        </Link>
      )}
      <span>
        Pagina {page}
        {pages !== undefined && ` van ${pages}`}
      </span>
      {hasNext && (
        <Link href={hrefFor(page + 1)} className="inline-flex min-h-11 items-center">
          Volgende pagina
        </Link>
      )}
    </nav>
  );
}
