import { describe, expect, it } from "vitest";
import { clientAddress, settleForwardedHeaders } from "@/lib/platform/security/client-address";

describe("the client address for the per-IP limits", () => {
  it("without a proxy, is the connection's address, whatever X-Forwarded-For claims", () => {
    expect(clientAddress("203.0.113.9", "192.0.2.1", 0)).toBe("192.0.2.1");
    expect(clientAddress(undefined, "::ffff:127.0.0.1", 0)).toBe("127.0.0.1");
    expect(clientAddress(undefined, "2001:db8::1", 0)).toBe("2001:db8::1");
    expect(clientAddress(undefined, undefined, 0)).toBe("unknown");
  });

  it("behind trusted proxies, is the entry just before them, so a made-up entry on the left is ignored", () => {
    // nginx (10.0.0.2) appended the address it saw; the visitor made up 203.0.113.9.
    expect(clientAddress("203.0.113.9, 198.51.100.7", "10.0.0.2", 1)).toBe("198.51.100.7");
    expect(clientAddress("198.51.100.7", "10.0.0.2", 1)).toBe("198.51.100.7");
    // A load balancer and nginx.
    expect(clientAddress("203.0.113.9, 198.51.100.7, 10.0.0.1", "10.0.0.2", 2)).toBe("198.51.100.7");
    // Fewer entries than proxies: the leftmost there is.
    expect(clientAddress(undefined, "10.0.0.2", 1)).toBe("10.0.0.2");
  });
});

describe("settling the forwarded headers before the app sees them", () => {
  it("without a proxy, drops a claimed host and protocol and keeps one address", () => {
    const headers = { host: "buurt.nl", "x-forwarded-host": "boze-site.example", "x-forwarded-proto": "https", "x-forwarded-for": "203.0.113.9" };
    settleForwardedHeaders(headers, "192.0.2.1", 0);
    expect(headers).toEqual({ host: "buurt.nl", "x-forwarded-for": "192.0.2.1" });
  });

  it("behind a trusted proxy, keeps the host and protocol it reports", () => {
    const headers = { host: "app:3000", "x-forwarded-host": "buurt.nl", "x-forwarded-proto": "https", "x-forwarded-for": "198.51.100.7" };
    settleForwardedHeaders(headers, "10.0.0.2", 1);
    expect(headers).toEqual({ host: "app:3000", "x-forwarded-host": "buurt.nl", "x-forwarded-proto": "https", "x-forwarded-for": "198.51.100.7" });
  });
});
