import Link from "next/link";

/**
 * A card in a list that is one link as a whole, so the whole card is the tap target. The link's
 * words are the title only (what a voice-control user says, WCAG 2.5.3); a layer over the card
 * (`after:inset-0`) makes the rest of the card tap to the same place. Its layout is two classes
 * in app/globals.css, not a row of utilities repeated by every card in the HTML and the RSC payload.
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
    // The border colours stay utilities: the hover and focus border must win over the tone's.
    <div id={id} className={`card hover:border-brand has-focus-visible:border-brand ${tone}`}>
      <Link href={href} className="card-link">
        {title}
      </Link>
      {children && <div className="space-y-1">{children}</div>}
    </div>
  );
}
