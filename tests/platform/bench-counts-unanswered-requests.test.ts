import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { load } from "@/bench/load";

/**
 * The benchmark's load counts a request that gets no answer within the measurement as an error:
 * a page that holds every request must not print "0 req/s, 0 errors" as if nothing were wrong.
 */
describe("the benchmark's load", () => {
  const server = http.createServer((request, response) => {
    // "/hangt" never answers; "/" answers at once.
    if (request.url !== "/hangt") response.end("ok");
  });
  let base = "";
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it("counts every request still unanswered at the end as an error", async () => {
    const result = await load({ url: `${base}/hangt` }, { connections: 3, duration: 1 });
    expect(result.requests).toBe(0);
    expect(result.errors).toBeGreaterThanOrEqual(3);
  });

  it("counts no error when every request is answered", async () => {
    const result = await load({ url: `${base}/` }, { connections: 2, duration: 1 });
    expect(result.requests).toBeGreaterThan(0);
    expect(result.errors).toBe(0);
  });
});
