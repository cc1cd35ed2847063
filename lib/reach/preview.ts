import "server-only";
import crypto from "node:crypto";
import type { NextRequest } from "next/server";
import type { ActivityDetail } from "@/lib/activities/queries/activities";
import { formatActivityTime, placesLeftText } from "@/lib/platform/format";
import { parseId } from "@/lib/platform/params";
import type { InitiativeDetail } from "@/lib/initiatives/queries/detail";
import { STATUS_LABELS } from "@/lib/initiatives/status";
import { cachedValue } from "@/lib/platform/page-cache/values";
import { tagsOfPublicPage } from "@/lib/platform/page-cache/tags";

/** What a preview picture shows: everything in it comes from here, so the version covers it all. */
export type PreviewFacts = {
  kind: "Idee" | "Activiteit";
  title: string;
  wijkName: string;
  /** "12 van 25 mensen steunen dit" or "zaterdag 15 augustus, 17:00 – 20:00". */
  line: string;
  /** Support towards the threshold, or places taken of all places. */
  bar: { value: number; max: number; caption: string } | null;
};

export function initiativePreviewFacts(idea: InitiativeDetail): PreviewFacts {
  const support = idea.backingCount + idea.paperCount;
  const seeking = idea.status === "zoekt_steun";
  return {
    kind: "Idee",
    title: idea.title,
    wijkName: idea.wijkName,
    line: seeking ? `${support} van ${idea.threshold} mensen steunen dit` : STATUS_LABELS[idea.status],
    bar: seeking ? { value: support, max: idea.threshold, caption: support >= idea.threshold ? "Doel gehaald!" : `Nog ${idea.threshold - support} nodig` } : null,
  };
}

export function activityPreviewFacts(activity: ActivityDetail, now = new Date()): PreviewFacts {
  const open = !activity.cancelled && activity.startsAt > now;
  return {
    kind: "Activiteit",
    title: activity.title,
    wijkName: activity.wijkName,
    line: activity.cancelled ? "Gaat niet door" : formatActivityTime(activity.startsAt, activity.endsAt),
    bar: open ? { value: activity.placesTaken, max: activity.places, caption: placesLeftText(activity.places, activity.placesTaken) } : null,
  };
}

/** Changes whenever anything in the picture changes: part of the picture's address on the page. */
export function previewVersion(facts: PreviewFacts): string {
  return crypto.createHash("sha256").update(JSON.stringify(facts)).digest("base64url").slice(0, 12);
}

type KeptPreview = { version: string; png: Promise<Buffer> } | null;

const A_YEAR = 365 * 24 * 60 * 60;

/**
 * The picture as PNG. The address a page hands out carries the current version, so a browser or
 * WhatsApp may keep that for good; an old or missing version gets the current picture, briefly cached.
 */
async function previewResponse(kept: KeptPreview, askedVersion: string | null): Promise<Response> {
  if (!kept) return new Response("Niet gevonden", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const png = await kept.png;
  const cacheControl = askedVersion === kept.version ? `public, max-age=${A_YEAR}, immutable` : "public, max-age=60";
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png", "Cache-Control": cacheControl } });
}

/**
 * The route handler of the picture of `/{section}/{id}`. The rendered picture is kept under the
 * same tags as its page (lib/platform/page-cache/tags.ts): the write that makes the page stale makes the
 * picture stale too.
 */
export function previewRoute(section: "initiatieven" | "activiteiten", factsOf: (id: number) => PreviewFacts | null, render: (facts: PreviewFacts) => Promise<Buffer>) {
  return async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
    const id = parseId((await params).id);
    const pagePath = `/${section}/${id}`;
    const kept = id
      ? cachedValue<KeptPreview>(`preview:${pagePath}`, tagsOfPublicPage(pagePath) ?? ["*"], () => {
          const facts = factsOf(id);
          return facts && { version: previewVersion(facts), png: render(facts) };
        })
      : null;
    return previewResponse(kept, request.nextUrl.searchParams.get("v"));
  };
}
