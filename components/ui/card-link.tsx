import Link from "next/link";

/**
 * A card in a list that is one link as a whole, so the whole card is the tap target. The link's
 * words are the title only (what a voice-control user says, WCAG 2.5.3); a layer over the card
 * (`after:inset-0`) makes the rest of the card tap to the same place.
 */
export function CardLink({
  href,
  id,
  title,
  children,
  tone = "border-brand-light",
}: {
  href: string;
  /** Unique on the page, e.g. `idee-12`. */
  id: string;
  title: string;
  children?: React.ReactNode;
  /** Border (and background) classes. */
  tone?: string;
}) {
  return (
    <div id={id} className={`relative space-y-1 rounded-xl border-2 p-4 text-ink hover:border-brand has-focus-visible:border-brand ${tone}`}>
      <Link
        href={href}
        className="flex min-h-11 items-center text-xl font-bold break-words text-brand underline underline-offset-2 after:absolute after:inset-0 after:rounded-xl"
      >
        {title}
      </Link>
      {children && <div className="space-y-1">{children}</div>}
    </div>
  );
}
