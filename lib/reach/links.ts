import { siteUrl } from "@/lib/platform/site-url";

/** The absolute address of a public page, from configuration (never from the request). */
export const initiativeUrl = (id: number) => `${siteUrl()}/initiatieven/${id}`;
export const activityUrl = (id: number) => `${siteUrl()}/activiteiten/${id}`;

/** "burgersmaken.nl/initiatieven/12": short enough to type over from a poster. */
export const shortAddress = (url: string) => url.replace(/^https?:\/\//, "").replace(/^www\./, "");

/** A WhatsApp link that opens the app with the text filled in; the resident picks the chat. */
export const whatsappUrl = (text: string) => `https://wa.me/?text=${encodeURIComponent(text)}`;

/**
 * What a resident sends to neighbours about an idea: short, plain, with the address last. It
 * follows the idea's status as the poster and the preview picture do: only an idea that seeks
 * support asks for support.
 */
export function ideaShareText(idea: { title: string; wijkName: string; status: string }, url: string): string {
  const about = `"${idea.title}" in ${idea.wijkName}`;
  switch (idea.status) {
    case "zoekt_steun":
      return `Steun dit idee voor ${idea.wijkName}: "${idea.title}". Kijk hier en doe mee: ${url}`;
    case "in_uitvoering":
      return `Dit idee gaat door: ${about}. Kijk hoe het gaat en help mee: ${url}`;
    case "gerealiseerd":
      return `Dit idee is gelukt: ${about}. Kijk wat er is bereikt: ${url}`;
    default:
      return `Kijk naar dit idee: ${about}: ${url}`;
  }
}

export function activityShareText(activity: { title: string; when: string; address: string }, url: string): string {
  return `Kom ook! ${activity.title}. ${activity.when}, ${activity.address}. Aanmelden kan hier: ${url}`;
}
