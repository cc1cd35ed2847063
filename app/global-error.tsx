"use client";

import Link from "next/link";

/** Shown when even the main layout fails; it brings its own html and body. */
export default function GlobalError() {
  return (
    <html lang="nl">
      <body style={{ fontFamily: "system-ui, sans-serif", fontSize: 18, padding: 16 }}>
        <h1>Er ging iets mis</h1>
        <p>Dat is onze fout, niet de uwe. Laad de pagina opnieuw of kom later terug.</p>
        <Link href="/">Naar de startpagina</Link>
      </body>
    </html>
  );
}
