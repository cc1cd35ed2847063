"use client";

import { useState, useSyncExternalStore } from "react";
import { BUTTON_STYLES } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";

const noSubscription = () => () => undefined;

/**
 * With JavaScript: "Kopieer link" and the phone's own share sheet, each only where the browser
 * has it. Without, the address field beside them is there to copy from.
 */
export function ShareButtons({ url, title, text }: { url: string; title: string; text: string }) {
  // False on the server and in the first render, then what this browser has; it never changes.
  const canCopy = useSyncExternalStore(noSubscription, () => Boolean(navigator.clipboard?.writeText), () => false);
  const canShare = useSyncExternalStore(noSubscription, () => typeof navigator.share === "function", () => false);
  const [copied, setCopied] = useState(false);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  // The resident closing the share sheet is no error.
  const share = () => navigator.share({ title, text, url }).catch(() => undefined);

  return (
    <>
      {canCopy && (
        <button type="button" onClick={copy} className={BUTTON_STYLES.secondary}>
          <Icon name="check" /> Kopieer link
        </button>
      )}
      {canShare && (
        <button type="button" onClick={share} className={BUTTON_STYLES.secondary}>
          <Icon name="share" /> Delen
        </button>
      )}
      {/* A live region without role="status": the page's own status (a sign-up's answer) stays the only one. */}
      <p aria-live="polite" className="w-full font-semibold">
        {copied ? "De link is gekopieerd. Plak hem in een bericht." : ""}
      </p>
    </>
  );
}
