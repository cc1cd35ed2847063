import type { APIResponse } from "@playwright/test";
import { expect, test } from "../support/fixtures";
import { get as httpGet } from "node:http";
import { createActivity, publishedInitiative, withdrawInitiative } from "../support/http";

const nonceOf = (response: APIResponse) => response.headers()["content-security-policy"]!.match(/'nonce-([^']+)'/)![1]!;
const meterValue = (html: string, label: string) => Number(html.match(new RegExp(`aria-label="${label}"[^>]*aria-valuenow="(\\d+)"`))![1]);
const unique = () => `${Date.now()}-${Math.round(Math.random() * 1e6)}`;

test.describe("page cache for visitors", () => {
  test("a public page comes from the cache with a nonce of its own in header and scripts", async ({ request }) => {
    const first = await request.get("/privacy");
    const second = await request.get("/privacy");
    expect(second.headers()["x-page-cache"]).toBe("hit");
    expect(nonceOf(second)).not.toBe(nonceOf(first));
    const html = await second.text();
    expect(html).toContain(`nonce="${nonceOf(second)}"`);
    expect(html).not.toContain(nonceOf(first));
    expect(html.replaceAll(nonceOf(second), "N")).toBe((await first.text()).replaceAll(nonceOf(first), "N"));
  });

  test("a browser gets the cached page gzipped and its scripts run under the CSP", async ({ page, request }) => {
    await request.get("/activiteiten");
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    const response = await page.goto("/activiteiten");
    expect(response!.headers()["x-page-cache"]).toBe("hit");
    expect(await response!.headerValue("content-encoding")).toBe("gzip");
    // A client-side navigation needs the runtime that the cached page started.
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Initiatieven" }).click();
    await expect(page).toHaveURL(/\/initiatieven$/);
    expect(violations).toEqual([]);
  });

  test("a signed-in resident never gets a cached page", async ({ pageAs }) => {
    const resident = await pageAs("bewoner");
    const response = await resident.request.get("/");
    expect(response.headers()["x-page-cache"]).toBeUndefined();
    expect(await response.text()).toContain('href="/account"');
  });

  test("a visitor sees the places taken by a sign-up at once", async ({ baseURL, page, request, signupForm }) => {
    const id = await createActivity(baseURL!, `Cachetest ${unique()}`, 10);
    const path = `/activiteiten/${id}`;
    await request.get(path);
    const before = await request.get(path);
    expect(before.headers()["x-page-cache"]).toBe("hit");
    expect(meterValue(await before.text(), "Bezette plekken")).toBe(0);

    await page.goto(path);
    const form = signupForm();
    await form.signUp({ name: "Cache Test", email: `cache-${unique()}@voorbeeld.nl`, partySize: 2 });
    await expect(form.status).toContainText("Dank u wel. Wij sturen u een mail met alle informatie.");

    const after = await request.get(path);
    expect(after.headers()["x-page-cache"]).toBe("miss");
    expect(meterValue(await after.text(), "Bezette plekken")).toBe(2);
  });

  test("a visitor sees a new backing at once", async ({ baseURL, pageAs, request }) => {
    const id = await publishedInitiative(baseURL!, `Cachetest ${unique()}`);
    const path = `/initiatieven/${id}`;
    await request.get(path);
    expect(meterValue(await (await request.get(path)).text(), "Steun voor dit idee")).toBe(0);

    const staffPage = await pageAs("buurtwerker");
    await staffPage.goto(path);
    await staffPage.getByRole("button", { name: "Steunen" }).click();
    await expect(staffPage.getByText("U steunt dit idee")).toBeVisible();

    expect(meterValue(await (await request.get(path)).text(), "Steun voor dit idee")).toBe(1);
    await withdrawInitiative(baseURL!, id);
    expect((await request.get(path)).status()).toBe(404);
  });

  test("a made-up Host header neither steers the cache key nor reaches the render", async ({ baseURL, request }) => {
    const stamp = unique();
    const site = new URL(baseURL!);
    // The host smuggles a path and query: before, the page was stored as /initiatieven?q=…/privacy.
    const forged = await rawGet(site, "/privacy", `${site.host}/initiatieven?q=${stamp}`);
    expect(forged.status).toBe(200);
    const later = await request.get(`/initiatieven?q=${stamp}/privacy`);
    expect((await later.text()).match(/<h1[^>]*>([^<]*)/)?.[1]).toBe("Initiatieven");
    // The app only ever sees the site's own host: its redirects never point elsewhere.
    const redirect = await rawGet(site, "/account", "boze-site.example");
    expect(redirect.status).toBe(307);
    expect(redirect.location).not.toContain("boze-site.example");
  });

  test("query parameters a page does not read do not make new cache entries", async ({ request }) => {
    await request.get("/privacy");
    const junk = await request.get(`/privacy?utm_source=${unique()}`);
    expect(junk.headers()["x-page-cache"]).toBe("hit");
    // A filter's first count may still run ("Wij tellen de cijfers nu"), and its result drops the
    // page rendered meanwhile: wait until the page with its figures is the one kept.
    await expect
      .poll(async () => {
        const response = await request.get("/cijfers?wijk=1");
        return !(await response.text()).includes("Wij tellen de cijfers nu") && response.headers()["x-page-cache"] === "hit";
      })
      .toBe(true);
    const reordered = await request.get(`/cijfers?wijk=1&onzin=${unique()}`);
    expect(reordered.headers()["x-page-cache"]).toBe("hit");
  });
});

/** A GET with a Host header of our choice, which Playwright's client would not send as it is. */
function rawGet(site: URL, path: string, host: string): Promise<{ status: number; body: string; location: string | undefined }> {
  return new Promise((resolve, reject) => {
    const request = httpGet({ hostname: site.hostname, port: site.port, path, headers: { Host: host } }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString(), location: response.headers.location }));
    });
    request.on("error", reject);
  });
}
