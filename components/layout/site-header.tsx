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
  return (
    <header className="bg-brand text-white">
      <div className="mx-auto flex max-w-3xl items-center justify-between gap-2 px-4 pt-3">
        <Link href="/" className="flex min-h-11 items-center text-xl font-bold text-white no-underline">
          Burgers maken Hrl-Nrd
        </Link>
        {workLink && (
          <Link href={workLink.href} className="flex min-h-11 items-center gap-1 text-base text-white">
            <Icon name="tools" className="h-5 w-5" />
            {workLink.label}
          </Link>
        )}
      </div>
      <nav aria-label="Hoofdmenu" className="mx-auto max-w-3xl px-2 pb-2">
        <ul className="grid grid-cols-2 gap-1 sm:grid-cols-4">
          {items.map((item) => (
            <li key={item.href}>
              <Link
                href={item.href}
                className="flex min-h-12 items-center gap-2 rounded-lg px-3 py-1 font-semibold text-white no-underline hover:bg-brand-dark"
              >
                <Icon name={item.icon} />
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
