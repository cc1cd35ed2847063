import Link from "next/link";
import { Icon, type IconName } from "@/components/ui/icon";

type NavItem = { href: string; label: string; icon: IconName };

export type WorkLink = { href: string; label: string } | null;

export function SiteHeader({ signedIn, workLink }: { signedIn: boolean; workLink: WorkLink }) {
  const items: NavItem[] = [
    { href: "/initiatieven", label: "Initiatieven", icon: "idea" },
    { href: "/activiteiten", label: "Activiteiten", icon: "calendar" },
    { href: "/cijfers", label: "Cijfers", icon: "chart" },
    signedIn
      ? { href: "/account", label: "Account", icon: "user" }
      : { href: "/inloggen", label: "Inloggen", icon: "login" },
  ];
  // At 360 px: one row for the name (and the work link), one row of four menu items with the
  // word under its icon; about 100 px in all, so the page itself starts in the first screen.
  return (
    <header className="bg-brand text-white">
      <div className="mx-auto flex max-w-3xl items-center justify-between gap-2 px-3">
        <Link href="/" className="flex min-h-11 min-w-0 items-center text-base leading-tight font-bold text-white no-underline sm:text-lg">
          {/* Where the name must wrap (a work link beside it at 360 px), it wraps between the two parts. */}
          <span>
            <span className="whitespace-nowrap">Burgers maken</span> <span className="whitespace-nowrap">Hrl-Nrd</span>
          </span>
        </Link>
        {workLink && (
          <Link href={workLink.href} className="flex min-h-11 shrink-0 items-center gap-1 font-semibold whitespace-nowrap text-white">
            <Icon name="tools" className="h-5 w-5" />
            {workLink.label}
          </Link>
        )}
      </div>
      <nav aria-label="Hoofdmenu" className="mx-auto max-w-3xl px-1 pb-1">
        <ul className="flex justify-between gap-0.5 sm:grid sm:grid-cols-4">
          {items.map((item) => (
            <li key={item.href}>
              <Link
                href={item.href}
                className="flex min-h-12 flex-col items-center justify-center rounded-lg px-1 py-1 text-[16px] leading-tight text-white no-underline hover:bg-brand-dark sm:flex-row sm:gap-2 sm:text-lg sm:font-semibold"
              >
                <Icon name={item.icon} className="h-5 w-5 shrink-0" />
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
