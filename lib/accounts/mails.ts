import { renderMail } from "@/lib/platform/mail/layout";
import type { Mail } from "@/lib/platform/mail/outbox";

/**
 * Tells a blocked person, kindly and once, why no sign-in link comes and with whom to talk. It
 * goes only to the address itself: the sign-in page answers everyone the same.
 */
export function blockedMail(to: string, contact: { name: string; email: string } | null): Mail {
  const subject = "U kunt op dit moment niet inloggen";
  const { text, html } = renderMail({
    heading: subject,
    paragraphs: [
      "U vroeg een link om in te loggen bij Burgers maken Hrl-Nrd. Die sturen wij u nu niet: een buurtwerker heeft uw account geblokkeerd.",
      contact
        ? `Wilt u weten waarom, of denkt u dat het niet klopt? Praat erover met ${contact.name}, buurtwerker. Mail naar ${contact.email}.`
        : "Wilt u weten waarom, of denkt u dat het niet klopt? Praat erover met de buurtwerker in uw wijk.",
      "Samen zoeken wij een oplossing.",
    ],
  });
  return { to, subject, text, html };
}
