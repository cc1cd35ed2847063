import { FocusKeeper } from "@/components/layout/focus-keeper";
import type { Metadata, Viewport } from "next";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader, type WorkLink } from "@/components/layout/site-header";
import type { Role } from "@/lib/platform/auth/roles";
import { can } from "@/lib/platform/auth/permissions";
import { getCurrentUser } from "@/lib/platform/auth/session";
import { pageMetadata, SITE_NAME } from "@/lib/reach/metadata";
import { siteUrl } from "@/lib/platform/site-url";
import "./globals.css";

// Per request: the public address comes from configuration at run time, not at build time.
export function generateMetadata(): Metadata {
  const shared = pageMetadata({ title: SITE_NAME, path: "/" });
  return {
    ...shared,
    metadataBase: new URL(siteUrl()),
    title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
    alternates: undefined,
    appleWebApp: { title: "Burgers maken" },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0b5d3b" };

function workLinkFor(role: Role | undefined): WorkLink {
  if (can(role, "staff-area:view")) return { href: "/beheer", label: "Beheer" };
  if (can(role, "dashboard:view")) return { href: "/dashboard", label: "Overzicht" };
  if (can(role, "trajectory:manage")) return { href: "/coach", label: "Coach" };
  return null;
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const user = await getCurrentUser();
  return (
    <html lang="nl">
      <body className="flex min-h-screen flex-col wrap-break-word">
        <a
          href="#inhoud"
          className="sr-only rounded-lg bg-sun px-4 py-3 font-bold text-ink focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50"
        >
          Naar de inhoud
        </a>
        <SiteHeader signedIn={Boolean(user)} workLink={workLinkFor(user?.role)} />
        <main id="inhoud" tabIndex={-1} className="mx-auto w-full max-w-3xl flex-1 px-4 py-6">
          {children}
        </main>
        <SiteFooter />
        <FocusKeeper />
      </body>
    </html>
  );
}
