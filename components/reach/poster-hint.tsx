import Link from "next/link";

/** Above the poster on screen only: how to print it, and the way back. */
export function PosterHint({ backHref }: { backHref: string }) {
  return (
    <div className="no-print mb-4 space-y-2">
      <p>Dit is een poster voor op een prikbord. Druk hem af op A4: kies &quot;Afdrukken&quot; in uw browser (of Ctrl+P).</p>
      <p>
        <Link href={backHref} className="inline-flex min-h-11 items-center">
          Terug naar de pagina
        </Link>
      </p>
    </div>
  );
}
