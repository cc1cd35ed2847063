import { eq } from "drizzle-orm";
import jsQR from "jsqr";
import { NextRequest } from "next/server";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { initiatives } from "@/db/schema";
import { pageCache } from "@/lib/platform/page-cache/store";
import { initiativeChanged, tagsOfPublicPage } from "@/lib/platform/page-cache/tags";
import "@/lib/wiring/public-pages";
import { activityUrl, ideaShareText, initiativeUrl, shortAddress, whatsappUrl } from "@/lib/reach/links";
import { previewRoute, previewVersion, type PreviewFacts } from "@/lib/reach/preview";
import { qrSvg } from "@/lib/reach/qr";
import { sitemapEntries } from "@/lib/reach/sitemap";
import { siteUrl } from "@/lib/platform/site-url";
import { createActivityRow } from "../support/activities-factory";
import { createInitiative, createUser } from "../support/factories";

const DAY = 24 * 60 * 60 * 1000;

describe("the sitemap", () => {
  const ids: Record<string, number> = {};
  beforeAll(() => {
    const resident = createUser();
    for (const status of ["concept", "ingediend", "teruggestuurd", "zoekt_steun", "in_uitvoering", "gerealiseerd", "afgewezen", "ingetrokken"] as const) {
      ids[status] = createInitiative(resident, status);
    }
    ids.hidden = createInitiative(resident, "zoekt_steun");
    getDb().update(initiatives).set({ hiddenAt: new Date() }).where(eq(initiatives.id, ids.hidden)).run();
    ids.coming = createActivityRow();
    ids.cancelled = createActivityRow({ cancelledAt: new Date() });
    const longAgo = new Date(Date.now() - 30 * DAY);
    ids.ended = createActivityRow({ startsAt: longAgo, endsAt: new Date(longAgo.getTime() + DAY), signupDeadline: longAgo });
  });

  const urls = () => sitemapEntries().map((entry) => entry.url);

  it("lists published ideas, and no idea that is unpublished or hidden", () => {
    for (const status of ["zoekt_steun", "in_uitvoering", "gerealiseerd"]) expect(urls()).toContain(initiativeUrl(ids[status]!));
    for (const status of ["concept", "ingediend", "teruggestuurd", "afgewezen", "ingetrokken", "hidden"]) {
      expect(urls(), status).not.toContain(initiativeUrl(ids[status]!));
    }
  });

  it("lists activities that still come and go ahead, not cancelled or ended ones", () => {
    expect(urls()).toContain(activityUrl(ids.coming!));
    expect(urls()).not.toContain(activityUrl(ids.cancelled!));
    expect(urls()).not.toContain(activityUrl(ids.ended!));
  });

  it("lists the public statements with absolute addresses, and nothing personal", () => {
    expect(urls()).toContain(`${siteUrl()}/toegankelijkheid`);
    for (const url of urls()) {
      expect(url.startsWith(siteUrl())).toBe(true);
      expect(url).not.toMatch(/\/(beheer|account|dashboard|aanmelding|inloggen)/);
    }
  });
});

describe("QR codes", () => {
  it("decode to the address they were made for", async () => {
    const url = initiativeUrl(12345);
    const { data, info } = await sharp(Buffer.from(await qrSvg(url)), { density: 200 })
      .resize(400, 400)
      .flatten({ background: "#ffffff" })
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect(jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data).toBe(url);
  });
});

describe("share links", () => {
  it("put the text with the address into a WhatsApp link", () => {
    const link = whatsappUrl(`Kom ook! ${activityUrl(7)}`);
    expect(link.startsWith("https://wa.me/?text=")).toBe(true);
    expect(decodeURIComponent(new URL(link).searchParams.get("text")!)).toContain(activityUrl(7));
  });

  it("follow the idea's status: only an idea that seeks support asks for support", () => {
    const idea = { title: "Groentetuin", wijkName: "Heerlerheide" };
    expect(ideaShareText({ ...idea, status: "zoekt_steun" }, "u")).toMatch(/^Steun dit idee/);
    for (const status of ["in_uitvoering", "gerealiseerd", "ingetrokken"]) {
      const text = ideaShareText({ ...idea, status }, "https://x.test/initiatieven/1");
      expect(text).not.toMatch(/steun/i);
      expect(text).toContain("Groentetuin");
      expect(text).toMatch(/https:\/\/x\.test\/initiatieven\/1$/);
    }
    expect(ideaShareText({ ...idea, status: "gerealiseerd" }, "u")).toContain("gelukt");
  });

  it("shorten an address for a poster without losing the path", () => {
    expect(shortAddress("https://www.burgersmaken.nl/initiatieven/3")).toBe("burgersmaken.nl/initiatieven/3");
  });
});

describe("preview pictures", () => {
  const facts: PreviewFacts = { kind: "Idee", title: "Bankje", wijkName: "Heksenberg", line: "3 van 25 mensen steunen dit", bar: { value: 3, max: 25, caption: "Nog 22 nodig" } };

  it("get a new version when anything they show changes", () => {
    expect(previewVersion(facts)).toBe(previewVersion({ ...facts }));
    expect(previewVersion({ ...facts, bar: { ...facts.bar!, value: 4 } })).not.toBe(previewVersion(facts));
    expect(previewVersion({ ...facts, title: "Bankjes" })).not.toBe(previewVersion(facts));
  });

  it("go stale with their page: posters and pictures share the page's tags", () => {
    expect(tagsOfPublicPage("/initiatieven/4/poster")).toEqual(tagsOfPublicPage("/initiatieven/4"));
    expect(tagsOfPublicPage("/activiteiten/4/poster")).toEqual(tagsOfPublicPage("/activiteiten/4"));
    expect(tagsOfPublicPage("/initiatieven/4")).toContain("initiative:4");
  });
});

describe("the preview picture route", () => {
  it("renders once per change of the idea, and lets the current version be kept for good", async () => {
    const id = createInitiative(createUser(), "zoekt_steun");
    let renders = 0;
    let shown: PreviewFacts | null = null;
    const GET = previewRoute("initiatieven", () => shown, async () => Buffer.from(`png ${++renders}`));
    const ask = (v = "") => GET(new NextRequest(`http://localhost/initiatieven/${id}/voorbeeld.png${v}`), { params: Promise.resolve({ id: String(id) }) });
    shown = { kind: "Idee", title: "Bankje", wijkName: "Heksenberg", line: "0 van 25", bar: null };

    const first = await ask(`?v=${previewVersion(shown)}`);
    expect(first.headers.get("content-type")).toBe("image/png");
    expect(first.headers.get("cache-control")).toContain("immutable");
    expect((await ask("?v=oud")).headers.get("cache-control")).toBe("public, max-age=60");
    expect(renders).toBe(1);

    shown = { ...shown, line: "1 van 25" };
    pageCache().invalidate(initiativeChanged(id));
    await pageCache().published();
    expect(await (await ask()).text()).toBe("png 2");
    expect(renders).toBe(2);
  });

  it("answers 404 for an idea nobody may see", async () => {
    const GET = previewRoute("initiatieven", () => null, async () => Buffer.from("png"));
    const answer = await GET(new NextRequest("http://localhost/initiatieven/999999/voorbeeld.png"), { params: Promise.resolve({ id: "999999" }) });
    expect(answer.status).toBe(404);
  });
});
