"use client";

import { useEffect } from "react";

/**
 * Moves keyboard and screen-reader focus to the element with this id when it first shows, e.g. the
 * comment just posted. Without JavaScript the redirect's #fragment does the same.
 */
export function FocusOnArrival({ targetId }: { targetId: string }) {
  useEffect(() => {
    const target = document.getElementById(targetId);
    target?.focus();
    target?.scrollIntoView({ block: "center" });
  }, [targetId]);
  return null;
}
