import Link from "next/link";

/** Previous / next links that keep the other filters of the URL. */
export function Pagination({ page, pages, hrefFor }: { page: number; pages: number; hrefFor: (page: number) => string }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="Pagina's" className="flex flex-wrap items-center gap-4">
      {page > 1 && (
        <Link href={hrefFor(page - 1)} className="inline-flex min-h-11 items-center">
          Vorige pagina
        </Link>
      )}
      <span>
        Pagina {page} van {pages}
      </span>
      {page < pages && (
        <Link href={hrefFor(page + 1)} className="inline-flex min-h-11 items-center">
          Volgende pagina
        </Link>
      )}
    </nav>
  );
}
