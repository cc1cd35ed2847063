import { formatDate } from "@/lib/platform/format";
import { renderMail } from "@/lib/platform/mail/layout";
import type { Mail } from "@/lib/platform/mail/outbox";
import { siteUrl } from "@/lib/platform/site-url";
import type { Transition } from "./status";

type About = { id: number; title: string };

const initiativeLink = (id: number) => `${siteUrl()}/initiatieven/${id}`;

/** What the initiator reads after each step: B1, one message per mail, a link to the idea. */
function transitionText(
  transition: Transition,
  details: { note?: string | null; answerDueAt?: Date | null; coachName?: string | null },
): { subject: string; paragraphs: string[]; askResult?: boolean } {
  switch (transition) {
    case "submit":
    case "resubmit":
      return {
        subject: "Wij hebben uw idee ontvangen",
        paragraphs: [
          "Dank u wel voor uw idee. Een buurtwerker leest het.",
          details.answerDueAt
            ? `U krijgt antwoord uiterlijk op ${formatDate(details.answerDueAt)}.`
            : "U krijgt binnen 5 werkdagen antwoord.",
        ],
      };
    case "publish":
      return {
        subject: "Uw idee staat op de website",
        paragraphs: ["Goed nieuws: uw idee staat nu op de website.", "Buren kunnen het nu steunen en helpen."],
      };
    case "send_back":
      return {
        subject: "De buurtwerker heeft een vraag over uw idee",
        paragraphs: [
          "De buurtwerker heeft uw idee gelezen en wil iets meer weten:",
          details.note ?? "",
          "Pas uw idee aan op de website. Stuur het daarna opnieuw in.",
        ],
      };
    case "reject":
      return {
        subject: "Uw idee gaat niet door",
        paragraphs: [
          "Wij hebben uw idee goed bekeken. Het kan helaas niet doorgaan. De reden:",
          details.note ?? "",
          "Heeft u vragen? Beantwoord dan deze mail of vraag het aan uw buurtwerker.",
        ],
      };
    case "assign_coach":
      return {
        subject: "U heeft een begeleider",
        paragraphs: [
          `${details.coachName ?? "Een buurtwerker"} is uw begeleider. Uw begeleider is een buurtwerker en helpt u om uw idee echt te maken.`,
        ],
      };
    case "start":
      return {
        subject: "Uw idee gaat van start",
        paragraphs: ["Uw idee is nu in uitvoering. Veel succes!"],
      };
    case "finish":
      return {
        subject: "Uw idee is gelukt",
        paragraphs: [
          "Uw idee is klaar. Dank u wel voor uw inzet voor de buurt!",
          details.note ?? "",
          "Wilt u nog één ding doen? Vertel wat er is bereikt: wat er gebeurde, hoeveel mensen meededen, met foto's. Dat kost een paar minuten. Zo zien buren en het fonds wat uw idee heeft opgeleverd.",
        ],
        askResult: true,
      };
    case "withdraw":
      return {
        subject: "U heeft uw idee ingetrokken",
        paragraphs: ["Uw idee staat niet meer open voor steun. Wilt u toch verder? Neem contact op met uw buurtwerker."],
      };
  }
}

export function transitionMail(
  to: string,
  about: About,
  transition: Transition,
  details: { note?: string | null; answerDueAt?: Date | null; coachName?: string | null } = {},
): Mail {
  const { subject, paragraphs, askResult } = transitionText(transition, details);
  const { text, html } = renderMail({
    heading: `${subject}: "${about.title}"`,
    paragraphs: paragraphs.filter(Boolean),
    action: askResult
      ? { lead: "Wilt u het nu opschrijven?", label: "Wat is er bereikt", url: `${initiativeLink(about.id)}/resultaat` }
      : { lead: "Wilt u uw idee zien?", label: "Bekijk uw idee", url: initiativeLink(about.id) },
  });
  return { to, subject, text, html };
}

/** Tells a buurtwerker they coach an idea now. */
export function coachMail(to: string, about: About): Mail {
  const { text, html } = renderMail({
    heading: `U bent coach van "${about.title}"`,
    paragraphs: ["U bent gekozen als coach van dit idee. Neem contact op met de bewoner."],
    action: { lead: "Wilt u het idee bekijken?", label: "Bekijk het idee", url: `${siteUrl()}/beheer/initiatieven/${about.id}` },
  });
  return { to, subject: `U bent coach: ${about.title}`, text, html };
}
