import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="mt-12 border-t-4 border-sun bg-brand-light">
      <div className="mx-auto max-w-3xl space-y-2 px-4 py-6">
        <p className="font-semibold">Burgers maken Hrl-Nrd — door en voor bewoners van Heerlen-Noord.</p>
        <ul className="flex flex-wrap gap-x-6 gap-y-1">
          <li>
            <Link href="/privacy" className="inline-flex min-h-11 items-center">
              Privacy: wat wij van u bewaren
            </Link>
          </li>
          <li>
            <Link href="/cijfers" className="inline-flex min-h-11 items-center">
              Cijfers
            </Link>
          </li>
          <li>
            <Link href="/toegankelijkheid" className="inline-flex min-h-11 items-center">
              Toegankelijkheid
            </Link>
          </li>
        </ul>
      </div>
    </footer>
  );
}
