import jsQR from "jsqr";
import sharp from "sharp";
import type { APIRequestContext, Page } from "@playwright/test";
import { storageStateOf } from "../support/auth";
import { expectNoAxeViolations } from "../support/axe";
import { one } from "../support/db";
import { expect, test } from "../support/fixtures";
import { publishedInitiative, withdrawInitiative } from "../support/http";

const fatima = () => one<string>("SELECT id FROM users WHERE email = 'bewoner@demo.example.org'");
/** Fatima's own published idea ("Moestuin achter de flat"). */
const ownIdea = () => one("SELECT id FROM initiatives WHERE status = 'zoekt_steun' AND hidden_at IS NULL AND initiator_id = ? ORDER BY id", fatima());
const comingActivity = () => one("SELECT id FROM activities WHERE cancelled_at IS NULL AND starts_at > ? ORDER BY starts_at", Date.now());

const countPages = (pdf: Buffer) => (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;

/** The QR codes on the page, decoded from a screenshot's pixels. */
async function decodeQr(page: Page): Promise<string | undefined> {
  const shot = await page.locator(".qr").screenshot();
  const { data, info } = await sharp(shot).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data;
}

/**
 * In print the poster is cut at one page: the QR code must lie inside that page, not below it.
 * The window is set to the printable part of A4 (210 − 2 × 12 mm wide at 96 dpi), as on paper.
 */
async function expectQrOnPaper(page: Page) {
  const screen = page.viewportSize()!;
  await page.setViewportSize({ width: 703, height: 1013 });
  await page.emulateMedia({ media: "print" });
  const poster = (await page.locator(".poster").boundingBox())!;
  const qr = (await page.locator(".qr").boundingBox())!;
  expect(qr.height).toBeGreaterThan(100);
  expect(qr.y + qr.height).toBeLessThanOrEqual(poster.y + poster.height);
  await page.emulateMedia({ media: "screen" });
  await page.setViewportSize(screen);
}

async function metaOf(request: APIRequestContext, path: string): Promise<Record<string, string>> {
  const html = await (await request.get(path)).text();
  const tags = [...html.matchAll(/<meta (?:property|name)="((?:og|twitter):[^"]+)" content="([^"]*)"/g)];
  return Object.fromEntries(tags.map((tag) => [tag[1]!, tag[2]!.replaceAll("&amp;", "&")]));
}

test.describe("posters", () => {
  test("an idea's poster prints on one A4 page and its QR code leads to the idea", async ({ page, baseURL }) => {
    const id = ownIdea();
    await page.goto(`/initiatieven/${id}/poster`);
    await expect(page.getByRole("heading", { level: 1, name: "Moestuin achter de flat" })).toBeVisible();
    await expect(page.getByText(`localhost:${new URL(baseURL!).port}/initiatieven/${id}`)).toBeVisible();
    expect(await decodeQr(page)).toBe(`${baseURL}/initiatieven/${id}`);
    expect(countPages(await page.pdf({ format: "A4" }))).toBe(1);
    await expectQrOnPaper(page);
    await expectNoAxeViolations(page);
  });

  test("an activity's poster says where and when, prints on one page and leads to the activity", async ({ page, baseURL }) => {
    const id = comingActivity();
    await page.goto(`/activiteiten/${id}/poster`);
    await expect(page.getByText("Wanneer:")).toBeVisible();
    await expect(page.getByText("Waar:")).toBeVisible();
    expect(await decodeQr(page)).toBe(`${baseURL}/activiteiten/${id}`);
    expect(countPages(await page.pdf({ format: "A4" }))).toBe(1);
    await expectQrOnPaper(page);
  });

  test("on a phone a long word of the title is never cut in the middle", async ({ page, baseURL }) => {
    const title = `Buurtgroentetuin en speeltuinvereniging ${Date.now() % 1000}`;
    const id = await publishedInitiative(baseURL!, title);
    await page.goto(`/initiatieven/${id}/poster`);
    expect(page.viewportSize()!.width).toBe(360);
    // Each word of the title on one line (a word broken in two has two boxes).
    const cut = await page.getByRole("heading", { level: 1 }).evaluate((heading) => {
      const text = heading.firstChild as Text;
      const broken: string[] = [];
      for (const match of text.data.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(text, match.index);
        range.setEnd(text, match.index + match[0].length);
        const lines = new Set(Array.from(range.getClientRects()).map((rect) => Math.round(rect.top)));
        if (lines.size > 1) broken.push(match[0]);
      }
      return broken;
    });
    expect(cut).toEqual([]);
    await page.screenshot({ path: "test-results/poster-lang-woord-360.png" });
    await withdrawInitiative(baseURL!, id);
  });

  test("an idea that is not published has no poster", async ({ request }) => {
    const submitted = one("SELECT id FROM initiatives WHERE status = 'ingediend' ORDER BY id");
    expect((await request.get(`/initiatieven/${submitted}/poster`)).status()).toBe(404);
  });

  test.describe("the initiator", () => {
    test.use({ storageState: storageStateOf("bewoner") });
    test("makes a poster from the own idea's page", async ({ page }) => {
      await page.goto(`/initiatieven/${ownIdea()}`);
      await page.getByRole("link", { name: "Maak een poster" }).click();
      await expect(page).toHaveURL(new RegExp(`/initiatieven/${ownIdea()}/poster$`));
      await expect(page.getByText(/Steun dit idee!/)).toBeVisible();
    });
  });

  test("a visitor sees no poster link on someone's idea", async ({ page }) => {
    await page.goto(`/initiatieven/${ownIdea()}`);
    await expect(page.getByRole("heading", { name: "Vertel het uw buren" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Maak een poster" })).toHaveCount(0);
  });

  test.describe("staff", () => {
    test.use({ storageState: storageStateOf("buurtwerker") });
    test("print posters from /beheer", async ({ page }) => {
      await page.goto(`/beheer/initiatieven/${ownIdea()}`);
      await page.getByRole("link", { name: "Poster afdrukken" }).click();
      await expect(page).toHaveURL(/\/poster$/);
      await page.goto(`/beheer/activiteiten/${comingActivity()}`);
      await page.getByRole("link", { name: "Poster afdrukken" }).click();
      await expect(page).toHaveURL(new RegExp(`/activiteiten/${comingActivity()}/poster$`));
    });
  });
});

test.describe("sharing", () => {
  test("the share links of an idea carry its address, also without JavaScript", async ({ pageAs, baseURL }) => {
    const page = await pageAs("bezoeker", { javaScriptEnabled: false });
    const address = `${baseURL}/initiatieven/${ownIdea()}`;
    await page.goto(`/initiatieven/${ownIdea()}`);
    const whatsapp = await page.getByRole("link", { name: "Deel via WhatsApp" }).getAttribute("href");
    expect(whatsapp).toMatch(/^https:\/\/wa\.me\/\?text=/);
    expect(new URL(whatsapp!).searchParams.get("text")).toContain(address);
    await expect(page.getByLabel("De link naar deze pagina, om te kopiëren")).toHaveValue(address);
  });

  test("with JavaScript, 'Kopieer link' puts the address on the clipboard", async ({ page, context, baseURL }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
    const id = comingActivity();
    await page.goto(`/activiteiten/${id}`);
    await page.getByRole("button", { name: "Kopieer link" }).click();
    await expect(page.getByText("De link is gekopieerd.")).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/activiteiten/${id}`);
    const whatsapp = await page.getByRole("link", { name: "Deel via WhatsApp" }).getAttribute("href");
    expect(new URL(whatsapp!).searchParams.get("text")).toContain(`${baseURL}/activiteiten/${id}`);
  });

  test("an idea has Open Graph and Twitter tags and a preview picture", async ({ request, baseURL }) => {
    const meta = await metaOf(request, `/initiatieven/${ownIdea()}`);
    expect(meta["og:title"]).toContain("Moestuin achter de flat");
    expect(meta["og:url"]).toBe(`${baseURL}/initiatieven/${ownIdea()}`);
    expect(meta["og:description"]).toBeTruthy();
    expect(meta["twitter:card"]).toBe("summary_large_image");
    expect(meta["twitter:image"]).toBe(meta["og:image"]);
    const image = await request.get(meta["og:image"]!);
    expect(image.status()).toBe(200);
    expect(image.headers()["content-type"]).toBe("image/png");
    expect(image.headers()["cache-control"]).toContain("immutable");
    const { width, height } = await sharp(await image.body()).metadata();
    expect([width, height]).toEqual([1200, 630]);
  });

  test("every public page has Open Graph tags", async ({ request }) => {
    for (const path of ["/", "/initiatieven", "/activiteiten", `/activiteiten/${comingActivity()}`, "/cijfers", "/privacy", "/toegankelijkheid"]) {
      const meta = await metaOf(request, path);
      expect(meta["og:title"], path).toBeTruthy();
      expect(meta["og:image"], path).toBeTruthy();
      expect(meta["twitter:card"], path).toBeTruthy();
    }
  });

  test.describe("after a resident backs an idea", () => {
    test.use({ storageState: storageStateOf("bewoner") });
    test("its page hands out a new preview picture", async ({ page, httpClient }) => {
      const id = one(
        "SELECT id FROM initiatives WHERE status = 'zoekt_steun' AND hidden_at IS NULL AND initiator_id != ? AND id NOT IN (SELECT initiative_id FROM backings WHERE user_id = ?) ORDER BY id",
        fatima(),
        fatima(),
      );
      const visitor = await httpClient({});
      const before = (await metaOf(visitor, `/initiatieven/${id}`))["og:image"]!;
      const pictureBefore = await (await visitor.get(`/initiatieven/${id}/voorbeeld.png`)).body();

      await page.goto(`/initiatieven/${id}`);
      await page.getByRole("button", { name: "Steunen", exact: true }).click();
      await expect(page.getByText("U steunt dit idee")).toBeVisible();

      const after = (await metaOf(visitor, `/initiatieven/${id}`))["og:image"]!;
      expect(after).not.toBe(before);
      expect((await (await visitor.get(`/initiatieven/${id}/voorbeeld.png`)).body()).equals(pictureBefore)).toBe(false);

      await page.getByRole("button", { name: "Steun weghalen" }).click();
      await expect(page.getByRole("button", { name: "Steunen", exact: true })).toBeVisible();
    });
  });
});

test.describe("the public face", () => {
  test("the accessibility statement is linked from the footer of every page", async ({ page }) => {
    for (const path of ["/", "/initiatieven", `/initiatieven/${ownIdea()}`, "/activiteiten", "/cijfers", "/privacy", "/inloggen", "/bestaat-niet"]) {
      await page.goto(path);
      await expect(page.getByRole("contentinfo").getByRole("link", { name: "Toegankelijkheid" }), path).toHaveAttribute("href", "/toegankelijkheid");
    }
    await page.getByRole("contentinfo").getByRole("link", { name: "Toegankelijkheid" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Toegankelijkheid" })).toBeVisible();
    await expect(page.getByText("voldoet gedeeltelijk")).toBeVisible();
  });

  test.describe("signed in", () => {
    test.use({ storageState: storageStateOf("beheerder") });
    test("the staff pages link to the statement too", async ({ page }) => {
      for (const path of ["/account", "/beheer", "/dashboard"]) {
        await page.goto(path);
        await expect(page.getByRole("contentinfo").getByRole("link", { name: "Toegankelijkheid" }), path).toBeVisible();
      }
    });
  });

  test("icons, manifest, robots.txt, sitemap and security.txt are served", async ({ request, baseURL }) => {
    const manifest = await (await request.get("/manifest.webmanifest")).json();
    expect(manifest.short_name).toBeTruthy();
    for (const icon of manifest.icons as { src: string; type: string }[]) {
      const answer = await request.get(icon.src);
      expect(answer.status(), icon.src).toBe(200);
      expect(answer.headers()["content-type"], icon.src).toContain(icon.type);
    }
    expect((await request.get("/favicon.ico")).status()).toBe(200);
    expect((await request.get("/apple-icon.png")).status()).toBe(200);

    const robots = await (await request.get("/robots.txt")).text();
    for (const area of ["/beheer", "/account", "/dashboard", "/api/auth", "/aanmelding"]) expect(robots).toContain(`Disallow: ${area}`);
    expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);

    const sitemap = await (await request.get("/sitemap.xml")).text();
    expect(sitemap).toContain(`<loc>${baseURL}/initiatieven/${ownIdea()}</loc>`);
    const submitted = one("SELECT id FROM initiatives WHERE status = 'ingediend' ORDER BY id");
    expect(sitemap).not.toContain(`<loc>${baseURL}/initiatieven/${submitted}</loc>`);

    const security = await (await request.get("/.well-known/security.txt")).text();
    expect(security).toMatch(/^Contact: mailto:/m);
    expect(new Date(security.match(/^Expires: (.+)$/m)![1]!).getTime()).toBeGreaterThan(Date.now());
  });

  test("open data: activities with the list's filters and a licence in every answer", async ({ request }) => {
    const coming = await (await request.get("/api/v1/activities")).json();
    expect(coming.license.name).toContain("CC0");
    expect(coming.items.length).toBeGreaterThan(0);
    for (const item of coming.items) {
      expect(Object.keys(item).sort()).toEqual(["address", "availability", "cancelled", "endsAt", "id", "places", "series", "startsAt", "title", "url", "wijk"]);
      expect(new Date(item.endsAt).getTime()).toBeGreaterThan(Date.now());
    }
    const past = await (await request.get("/api/v1/activities?tijd=voorbij")).json();
    for (const item of past.items) expect(new Date(item.endsAt).getTime()).toBeLessThanOrEqual(Date.now());
    const wijk = one("SELECT wijk_id FROM activities WHERE starts_at > ? ORDER BY starts_at", Date.now());
    const wijkName = one<string>("SELECT name FROM wijken WHERE id = ?", wijk);
    const inWijk = await (await request.get(`/api/v1/activities?wijk=${wijk}`)).json();
    expect(inWijk.items.length).toBeGreaterThan(0);
    for (const item of inWijk.items) expect(item.wijk).toBe(wijkName);

    for (const path of ["/api/v1/initiatives", `/api/v1/initiatives/${ownIdea()}`, "/api/v1/stats"]) {
      expect((await (await request.get(path)).json()).license.url, path).toContain("creativecommons.org/publicdomain/zero");
    }
    expect((await request.get("/api/v1/stats.csv")).headers()["link"]).toContain('rel="license"');
  });

  test("/cijfers states the licence", async ({ page }) => {
    await page.goto("/cijfers");
    await expect(page.getByRole("heading", { name: "Vrij te gebruiken" })).toBeVisible();
    await expect(page.getByRole("link", { name: /CC0/ })).toBeVisible();
  });
});
