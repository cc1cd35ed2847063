import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cacheKeyOf, entryOf, servePublicPage, type Rendered } from "@/lib/platform/page-cache/front";
import "@/lib/wiring/public-pages";

/**
 * Only a page is kept for everyone: a refusal (403), an error (5xx) or an empty answer goes to
 * its own visitor and the next visitor gets a new render. A kept page may stay in the browser for
 * the back button (`private, no-cache`), whatever the render said.
 */
const NEXT_NO_STORE = "private, no-cache, no-store, max-age=0, must-revalidate";
const page = (nonce: string): Rendered => ({
  status: 200,
  headers: [["content-type", "text/html; charset=utf-8"], ["content-security-policy", `script-src 'nonce-${nonce}'`], ["cache-control", NEXT_NO_STORE]],
  body: Buffer.from(`<!DOCTYPE html><html><body><p>pagina</p><script nonce="${nonce}"></script></body></html>`),
});

describe("what the page cache keeps", () => {
  it("keeps no refusal, error or empty answer, even one that says 200 text/html", () => {
    const ok = page("ABC");
    expect(entryOf(ok, { tags: ["*"] }, 0)).not.toBeNull();
    expect(entryOf({ ...ok, status: 403, body: Buffer.alloc(0) }, { tags: ["*"] }, 0)).toBeNull();
    expect(entryOf({ ...ok, status: 500 }, { tags: ["*"] }, 0)).toBeNull();
    expect(entryOf({ ...ok, status: 503 }, { tags: ["*"] }, 0)).toBeNull();
    expect(entryOf({ ...ok, body: Buffer.alloc(0) }, { tags: ["*"] }, 0)).toBeNull();
    // Cut off before the page's own scripts: not the page that was rendered.
    expect(entryOf({ ...ok, body: Buffer.from("<!DOCTYPE html><html><body><p>pag") }, { tags: ["*"] }, 0)).toBeNull();
  });

  it("lets a kept page stay in the browser for back and forward, but never without asking again", () => {
    const kept = entryOf(page("ABC"), { tags: ["*"] }, 0)!;
    expect(kept.headers.filter(([key]) => key === "cache-control")).toEqual([["cache-control", "private, no-cache"]]);
  });
});

describe("serving what cannot be kept", () => {
  let server: Server;
  let base = "";
  let renders = 0;
  let answer: (n: number) => Rendered = (n) => page(`n${n}`);

  beforeAll(async () => {
    server = createServer((request, response) => {
      void servePublicPage(request, response, cacheKeyOf(request)!, async () => answer(++renders), () => response.writeHead(204).end());
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("passes an empty 403 or 200 on to its visitor and renders again for the next", async () => {
    for (const [status, body] of [[403, ""], [200, ""], [502, "Bad gateway"]] as const) {
      renders = 0;
      answer = (n) => ({ ...page(`n${n}`), status, body: Buffer.from(body) });
      const path = `/initiatieven/${700 + status}`;
      for (let visit = 1; visit <= 3; visit++) {
        const response = await fetch(`${base}${path}`);
        expect(response.status, `${status} visit ${visit}`).toBe(status);
        expect(response.headers.get("x-page-cache")).toBeNull();
        await response.arrayBuffer();
      }
      expect(renders, `${status}: a render per visit`).toBe(3);
    }
    answer = (n) => page(`n${n}`);
  });

  it("serves a kept page with private, no-cache on the render's answer and on every hit", async () => {
    renders = 0;
    const first = await fetch(`${base}/activiteiten/801`);
    const second = await fetch(`${base}/activiteiten/801`);
    expect([first.headers.get("x-page-cache"), second.headers.get("x-page-cache")]).toEqual(["miss", "hit"]);
    for (const response of [first, second]) expect(response.headers.get("cache-control")).toBe("private, no-cache");
    expect(renders).toBe(1);
  });
});
