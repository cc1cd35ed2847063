import { qrSvg } from "@/lib/reach/qr";
import { shortAddress } from "@/lib/reach/links";

type Props = {
  kind: string;
  wijkName: string;
  title: string;
  pitch: string;
  photoUrl: string | null;
  /** "Wanneer" / "Waar" of an activity. */
  facts: { label: string; text: string }[];
  /** Places left, or the backers still needed, in one line. */
  call: string;
  url: string;
};

/**
 * One A4 page for a notice board: big title and pitch, the photo, where and when, what is needed,
 * and a QR code with the short address to type over. The site's header and footer and everything
 * marked no-print stay off the paper (app/globals.css); the heights are fixed so it is one page.
 */
/**
 * On a screen the title shrinks until its longest word fits the poster's width (a bold letter is
 * at most about 0.65 of the font size wide), so a word is never cut where Dutch does not allow it; where
 * the word is too long even at the smallest size, it wraps as a last resort.
 */
function titleSize(title: string): string {
  const longest = Math.max(1, ...title.split(/\s+/).map((word) => word.length));
  return `max(1rem, min(2.25rem, ${(100 / (longest * 0.65)).toFixed(2)}cqi))`;
}

export async function Poster({ kind, wijkName, title, pitch, photoUrl, facts, call, url }: Props) {
  const qr = await qrSvg(url);
  return (
    <div className="poster @container mx-auto flex max-w-[190mm] flex-col gap-4 border-4 border-brand p-6 print:border-0 print:p-0">
      <style>{"@page { size: A4; margin: 12mm; } .poster .qr svg { display: block; width: 100%; height: 100%; } @media print { main { padding: 0 !important; max-width: none !important; } .poster { height: 268mm; overflow: hidden; } .poster .qr { width: 62mm; height: 62mm; } }"}</style>
      <p className="text-xl font-bold text-brand">
        {kind} in {wijkName} · Burgers maken Hrl-Nrd
      </p>
      <h1
        className={`text-(length:--title-size) leading-tight font-bold break-words ${title.length > 40 ? "print:text-[34pt]" : "print:text-[46pt]"}`}
        style={{ "--title-size": titleSize(title) } as React.CSSProperties}
      >
        {title}
      </h1>
      {pitch && <p className={`text-2xl leading-snug break-words ${pitch.length > 100 ? "print:text-[17pt]" : "print:text-[22pt]"}`}>{pitch}</p>}
      {photoUrl && (
        // The photo takes the room that is left (at most 90 mm), so the QR code always stays on the page.
        <div className="print:min-h-0 print:max-h-[90mm] print:flex-1 print:basis-0">
          {/* eslint-disable-next-line @next/next/no-img-element -- a small stored WebP, no optimiser needed */}
          <img src={photoUrl} alt={`Foto bij: ${title}`} className="h-full max-h-[90mm] w-full rounded-xl object-cover" width={1200} height={900} />
        </div>
      )}
      {facts.length > 0 && (
        <dl className="space-y-1 text-2xl print:text-[18pt]">
          {facts.map((fact) => (
            <div key={fact.label}>
              <dt className="inline font-bold">{fact.label}: </dt>
              <dd className="inline">{fact.text}</dd>
            </div>
          ))}
        </dl>
      )}
      <p className="rounded-xl bg-sun-light p-3 text-2xl leading-snug font-bold print:text-[22pt]">{call}</p>
      <div className="mt-auto flex shrink-0 flex-wrap items-center gap-6">
        <div
          className="qr h-48 w-48 shrink-0"
          role="img"
          aria-label={`QR-code naar ${shortAddress(url)}`}
          dangerouslySetInnerHTML={{ __html: qr }}
        />
        <div className="min-w-[12rem] flex-1 space-y-2">
          <p className="text-2xl font-bold print:text-[18pt]">Scan de code met uw telefoon. Of typ:</p>
          <p className="font-mono text-xl font-bold break-all print:text-[16pt]">{shortAddress(url)}</p>
        </div>
      </div>
    </div>
  );
}
