import Link from "next/link";

/**
 * A card in a list that is one link as a whole, so the whole card is the tap target. The title
 * names the link; the rest of the card describes it (it is read after the name).
 */
export function CardLink({
  href,
  id,
  title,
  children,
  tone = "border-brand-light",
}: {
  href: string;
  /** Unique on the page, e.g. `idee-12`: ties the name and the description to the link. */
  id: string;
  title: string;
  children?: React.ReactNode;
  /** Border (and background) classes. */
  tone?: string;
}) {
  return (
    <Link
      href={href}
      aria-labelledby={`${id}-title`}
      aria-describedby={children ? `${id}-about` : undefined}
      className={`block min-h-11 space-y-1 rounded-xl border-2 p-4 text-ink no-underline hover:border-brand focus-visible:border-brand ${tone}`}
    >
      <span id={`${id}-title`} className="block text-xl font-bold break-words text-brand underline underline-offset-2">
        {title}
      </span>
      {children && (
        <span id={`${id}-about`} className="block space-y-1">
          {children}
        </span>
      )}
    </Link>
  );
}
