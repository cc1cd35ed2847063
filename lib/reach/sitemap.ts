import "server-only";
import { and, asc, desc, isNull } from "drizzle-orm";
import type { MetadataRoute } from "next";
import { getDb } from "@/db/client";
import { activities, initiatives, publicActivity, publicInitiative } from "@/db/schema";
import { siteUrl } from "@/lib/platform/site-url";
import { notEnded } from "@/lib/activities/queries/activities";

/** Pages anyone may find; the lists change daily, the statements rarely. */
const FIXED_PAGES: { path: string; changeFrequency: "daily" | "monthly" }[] = [
  { path: "/", changeFrequency: "daily" },
  { path: "/initiatieven", changeFrequency: "daily" },
  { path: "/activiteiten", changeFrequency: "daily" },
  { path: "/cijfers", changeFrequency: "daily" },
  { path: "/privacy", changeFrequency: "monthly" },
  { path: "/toegankelijkheid", changeFrequency: "monthly" },
];

/**
 * Every public page for search engines: published ideas that are not hidden, and activities that
 * have not ended and go ahead. Nothing a visitor without an account could not open.
 */
export function sitemapEntries(now = new Date()): MetadataRoute.Sitemap {
  const db = getDb();
  const base = siteUrl();
  const ideas = db
    .select({ id: initiatives.id, updatedAt: initiatives.updatedAt })
    .from(initiatives)
    .where(publicInitiative(initiatives))
    .orderBy(desc(initiatives.publishedAt), desc(initiatives.id))
    .all();
  const coming = db
    .select({ id: activities.id })
    .from(activities)
    .where(and(notEnded(now), isNull(activities.cancelledAt), publicActivity))
    .orderBy(asc(activities.startsAt))
    .all();
  return [
    ...FIXED_PAGES.map(({ path, changeFrequency }) => ({ url: `${base}${path}`, changeFrequency })),
    ...ideas.map((idea) => ({ url: `${base}/initiatieven/${idea.id}`, lastModified: idea.updatedAt })),
    ...coming.map((activity) => ({ url: `${base}/activiteiten/${activity.id}` })),
  ];
}
