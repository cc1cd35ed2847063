import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { firstForwardedAddress } from "@/lib/platform/auth/write-limit";
import { sendCached } from "@/lib/platform/page-cache/front";
import { settleForwardedHeaders } from "@/lib/platform/security/client-address";
import { STRICT_TRANSPORT_SECURITY } from "@/lib/platform/security/content-security-policy";
import { proxy } from "@/proxy";

const CLAIMS_HTTPS = { "x-forwarded-proto": "https", "x-forwarded-for": "198.51.100.7" };

describe("the address the write limits count", () => {
  it("is the first one in X-Forwarded-For: under npm run dev nothing settles that header first", () => {
    expect(firstForwardedAddress("203.0.113.9, 10.0.0.1")).toBe("203.0.113.9");
    expect(firstForwardedAddress(" 2001:db8::1 ")).toBe("2001:db8::1");
    expect(firstForwardedAddress(null)).toBe("unknown");
    expect(firstForwardedAddress("")).toBe("unknown");
  });
});

describe("Strict-Transport-Security", () => {
  /** The headers as the app sees them after scripts/serve.ts settled them, behind `hops` trusted proxies. */
  const settled = (hops: number): IncomingHttpHeaders => {
    const headers: IncomingHttpHeaders = { host: "localhost", ...CLAIMS_HTTPS };
    settleForwardedHeaders(headers, "10.0.0.2", hops);
    return headers;
  };

  it("is set by the proxy on a rendered page when a trusted proxy reports https, and not when a visitor claims it", () => {
    const hsts = (hops: number) =>
      proxy(new NextRequest("http://localhost/privacy", { headers: settled(hops) as Record<string, string> })).headers.get("strict-transport-security");
    expect(hsts(1)).toBe(STRICT_TRANSPORT_SECURITY);
    expect(hsts(0)).toBeNull();
  });

  describe("on a page from the page cache", () => {
    let server: Server;
    let base = "";
    let hops = 0;
    beforeAll(async () => {
      server = createServer((request, response) => {
        settleForwardedHeaders(request.headers, request.socket.remoteAddress, hops);
        const entry = { parts: [Buffer.from("<p>x</p>")], headers: [["content-type", "text/html"]] as [string, string][], tags: [], renderedFrom: 0, storedAt: Date.now(), bytes: 8 };
        void sendCached(request, response, entry, "hit");
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it("is sent when a trusted proxy reports https, and not when a visitor claims it", async () => {
      const hsts = async (trusted: number) => {
        hops = trusted;
        return (await fetch(`${base}/privacy`, { headers: CLAIMS_HTTPS })).headers.get("strict-transport-security");
      };
      expect(await hsts(1)).toBe(STRICT_TRANSPORT_SECURITY);
      expect(await hsts(0)).toBeNull();
    });
  });
});
