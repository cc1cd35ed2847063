import crypto from "node:crypto";
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { deflateParts, gzipJoined } from "@/lib/platform/page-cache/gzip-parts";

const join = (parts: Buffer[], separator: Buffer) => Buffer.concat(parts.flatMap((part, i) => (i === 0 ? [part] : [separator, part])));

describe("a cached page gzipped from parts compressed once", () => {
  it("unzips to the page with this response's nonce, for any parts", async () => {
    const html = (n: number) => Buffer.from(`<p>${"Burgers maken Hrl-Nrd ".repeat(n)}</p><script nonce="`);
    const cases: Buffer[][] = [
      [html(3)],
      [html(40), Buffer.from('">1</script><p>einde</p>')],
      [Buffer.alloc(0), html(5), Buffer.alloc(0)],
      // Larger than a deflate block and than a stored block's 64 kB, and bytes that do not compress.
      [html(5000), crypto.randomBytes(70_000), html(1)],
    ];
    for (const parts of cases) {
      const deflated = await deflateParts(parts);
      for (const nonce of ["abc", crypto.randomBytes(16).toString("base64")]) {
        const separator = Buffer.from(nonce);
        const body = gzipJoined(parts, deflated, separator);
        expect(zlib.gunzipSync(body).equals(join(parts, separator))).toBe(true);
      }
    }
  });

  it("is much smaller than the page, and only the nonce differs between two responses", async () => {
    const parts = [Buffer.from(`<main>${"<p>Een idee voor de buurt</p>".repeat(2000)}<script nonce="`), Buffer.from('">x</script></main>')];
    const deflated = await deflateParts(parts);
    const first = gzipJoined(parts, deflated, Buffer.from("AAAA"));
    const second = gzipJoined(parts, deflated, Buffer.from("BBBB"));
    expect(first.length).toBeLessThan(parts[0]!.length / 10);
    expect(first.length).toBe(second.length);
    expect(zlib.gunzipSync(second).toString()).toContain('nonce="BBBB">x</script>');
  });
});
