import { siteUrl } from "@/lib/platform/site-url";

/** The absolute address of a public page, from configuration (never from the request). */
export const initiativeUrl = (id: number) => `${siteUrl()}/initiatieven/${id}`;
export const activityUrl = (id: number) => `${siteUrl()}/activiteiten/${id}`;

/** "burgersmaken.nl/initiatieven/12": short enough to type over from a poster. */
export const shortAddress = (url: string) => url.replace(/^https?:\/\//, "").replace(/^www\./, "");

/** A WhatsApp link that opens the app with the text filled in; the resident picks the chat. */
export const whatsappUrl = (text: string) => `https://wa.me/?text=${encodeURIComponent(text)}`;

/** What a resident sends to neighbours about an idea: short, plain, with the address last. */
export function ideaShareText(idea: { title: string; wijkName: string }, url: string): string {
  return `Steun dit idee voor ${idea.wijkName}: "${idea.title}". Kijk hier en doe mee: ${url}`;
}

export function activityShareText(activity: { title: string; when: string; address: string }, url: string): string {
  return `Kom ook! ${activity.title}. ${activity.when}, ${activity.address}. Aanmelden kan hier: ${url}`;
}
