"use client";

import { useEffect, useState } from "react";
import { BUTTON_STYLES } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";

/** "Lees voor": the browser reads the text aloud in Dutch. Not shown where the browser cannot. */
export function ReadAloudButton({ text }: { text: string }) {
  const [available, setAvailable] = useState(false);
  const [speaking, setSpeaking] = useState(false);

  useEffect(() => {
    if (!("speechSynthesis" in window)) return;
    const check = () => setAvailable(window.speechSynthesis.getVoices().some((voice) => voice.lang.toLowerCase().startsWith("nl")));
    check();
    window.speechSynthesis.addEventListener("voiceschanged", check);
    return () => {
      window.speechSynthesis.removeEventListener("voiceschanged", check);
      window.speechSynthesis.cancel();
    };
  }, []);

  if (!available) return null;

  const toggle = () => {
    const synth = window.speechSynthesis;
    if (speaking) {
      synth.cancel();
      setSpeaking(false);
      return;
    }
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = "nl-NL";
    utterance.voice = synth.getVoices().find((voice) => voice.lang.toLowerCase().startsWith("nl")) ?? null;
    utterance.rate = 0.9;
    utterance.onend = () => setSpeaking(false);
    synth.speak(utterance);
    setSpeaking(true);
  };

  return (
    <button type="button" onClick={toggle} className={BUTTON_STYLES.secondary} aria-pressed={speaking}>
      <Icon name="speaker" />
      {speaking ? "Stop met voorlezen" : "Lees voor"}
    </button>
  );
}
