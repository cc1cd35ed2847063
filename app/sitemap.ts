import type { MetadataRoute } from "next";
import { sitemapEntries } from "@/lib/reach/sitemap";

// Read per request: a newly published idea is in it at once.
export const dynamic = "force-dynamic";

export default function sitemap(): MetadataRoute.Sitemap {
  return sitemapEntries();
}
