import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/platform/site-url";

export const dynamic = "force-dynamic";

/** Staff, account and sign-up pages are personal: search engines stay out. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/beheer", "/account", "/dashboard", "/api/auth", "/aanmelding", "/inloggen"] },
    sitemap: `${siteUrl()}/sitemap.xml`,
  };
}
