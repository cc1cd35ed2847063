import type { Metadata } from "next";
import { siteUrl } from "@/lib/platform/site-url";

export const SITE_NAME = "Burgers maken Hrl-Nrd";
export const SITE_DESCRIPTION = "Bewoners van Heerlen-Noord maken samen hun buurt mooier. Doe mee met een idee of een activiteit.";

type Page = { title: string; description?: string; path: string; image?: { url: string; alt: string; type?: "image/png" | "image/webp" } };

/**
 * Title, description and the Open Graph and Twitter tags of a public page, so that a shared link
 * shows a title, a line of text and a picture (WhatsApp, Facebook, X, Signal read these tags).
 * Pages without a picture of their own get the site's icon as a small card.
 */
export function pageMetadata({ title, description = SITE_DESCRIPTION, path, image }: Page): Metadata {
  const url = `${siteUrl()}${path}`;
  const images = image
    ? [image.type === "image/webp" ? { url: image.url, alt: image.alt, type: image.type } : { url: image.url, width: 1200, height: 630, alt: image.alt, type: "image/png" }]
    : [{ url: `${siteUrl()}/icons/icon-512.png`, width: 512, height: 512, alt: SITE_NAME, type: "image/png" }];
  const socialTitle = title === SITE_NAME ? title : `${title} · ${SITE_NAME}`;
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: { type: "website", siteName: SITE_NAME, locale: "nl_NL", title: socialTitle, description, url, images },
    twitter: { card: image ? "summary_large_image" : "summary", title: socialTitle, description, images },
  };
}
