"use client";

import { useEffect } from "react";

/** The answer of a form, once it has words: where a person's attention belongs after sending. */
const ANSWER = '[aria-live], [role="status"], [role="alert"]';

function answerIn(scope: Element | null): HTMLElement | null {
  if (!scope?.isConnected) return null;
  const answers = Array.from(scope.querySelectorAll<HTMLElement>(ANSWER)).filter((el) => (el.textContent ?? "").trim() !== "");
  return answers[0] ?? null;
}

/**
 * After a form is sent, the button that had the focus may be gone: the answer took its place, or
 * the page moved on. The browser then drops the focus to the page itself and the next Tab starts
 * again at "Naar de inhoud". This puts it on the result instead: the form's answer, else the part
 * of the page the form was in, else the content of the (new) page.
 */
export function FocusKeeper() {
  useEffect(() => {
    let sent: { form: HTMLFormElement; part: Element | null } | null = null;
    const onSubmit = (event: Event) => {
      const form = event.target as HTMLFormElement;
      sent = { form, part: form.parentElement?.closest("section, article, [id]") ?? null };
    };
    // Any later tap or key press is the person moving on: then the focus is theirs again.
    const forget = () => (sent = null);
    const keep = () => {
      if (!sent) return;
      const active = document.activeElement;
      if (active && active !== document.body) return;
      const target =
        answerIn(sent.form) ?? answerIn(sent.part) ?? (sent.part?.isConnected ? (sent.part as HTMLElement) : document.getElementById("inhoud"));
      if (!target) return;
      if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
      target.focus({ preventScroll: true });
      sent = null;
    };
    const observer = new MutationObserver(keep);
    observer.observe(document.body, { childList: true, subtree: true });
    document.addEventListener("submit", onSubmit, true);
    document.addEventListener("pointerdown", forget, true);
    document.addEventListener("keydown", forget, true);
    return () => {
      observer.disconnect();
      document.removeEventListener("submit", onSubmit, true);
      document.removeEventListener("pointerdown", forget, true);
      document.removeEventListener("keydown", forget, true);
    };
  }, []);
  return null;
}
