"use client";

import { useState, useSyncExternalStore } from "react";
import { BUTTON_STYLES } from "@/components/ui/button";

const noSubscription = () => () => {};

/** Reads the text aloud with the phone's own voice. Shown only where the browser can speak. */
export function ReadAloudButton({ text }: { text: string }) {
  const supported = useSyncExternalStore(noSubscription, () => "speechSynthesis" in window, () => false);
  const [speaking, setSpeaking] = useState(false);
  if (!supported) return null;
  const toggle = () => {
    window.speechSynthesis.cancel();
    if (speaking) return setSpeaking(false);
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = "nl-NL";
    utterance.onend = () => setSpeaking(false);
    window.speechSynthesis.speak(utterance);
    setSpeaking(true);
  };
  return (
    <button type="button" onClick={toggle} className={BUTTON_STYLES.secondary} aria-pressed={speaking}>
      {speaking ? "Stop met voorlezen" : "Lees voor"}
    </button>
  );
}
