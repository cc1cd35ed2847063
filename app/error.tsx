"use client";

import { BUTTON_STYLES } from "@/components/ui/button";

/** Never shows the error itself: residents get a plain message and a way forward. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Er ging iets mis</h1>
      <p>Dat is onze fout, niet de uwe. Probeer het nog een keer.</p>
      <button type="button" onClick={reset} className={BUTTON_STYLES.primary}>
        Opnieuw proberen
      </button>
    </div>
  );
}
