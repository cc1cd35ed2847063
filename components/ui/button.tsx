import Link from "next/link";

const BASE =
  "inline-flex min-h-12 items-center justify-center gap-2 rounded-lg px-5 py-2 text-lg font-bold no-underline disabled:opacity-60";
export const BUTTON_STYLES = {
  primary: `${BASE} bg-brand text-white hover:bg-brand-dark`,
  secondary: `${BASE} border-2 border-brand bg-white text-brand hover:bg-brand-light`,
  danger: `${BASE} bg-danger text-white`,
} as const;

export function LinkButton({
  href,
  children,
  variant = "primary",
}: {
  href: string;
  children: React.ReactNode;
  variant?: keyof typeof BUTTON_STYLES;
}) {
  return (
    <Link href={href} className={BUTTON_STYLES[variant]}>
      {children}
    </Link>
  );
}
