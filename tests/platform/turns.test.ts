import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { turns } from "@/lib/platform/server/turns";

/** Work that holds the thread, as a render or an answer does. */
const busy = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};

const nextPassOfTheLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe("requests take turns", () => {
  it("runs work in arrival order, and lets the event loop look at its sockets once a pass has spent its budget", async () => {
    const inTurn = turns(8);
    const order: string[] = [];
    for (let n = 0; n < 12; n++) inTurn(() => (busy(3), order.push(`work ${n}`)));
    // A timer runs in the next pass of the loop, as the accepting of a connection and the reading of the sockets do.
    setTimeout(() => order.push("loop"), 0);
    while (order.length < 13) await nextPassOfTheLoop();
    const work = order.filter((entry) => entry !== "loop");
    expect(work).toEqual(Array.from({ length: 12 }, (_, n) => `work ${n}`));
    // Three of 3 ms fit in 8 ms (the third starts within the budget), then the loop comes first.
    expect(order.indexOf("loop")).toBeLessThanOrEqual(4);
  });

  it("without a budget all of it would run before the loop looks again", async () => {
    const inTurn = turns(Number.POSITIVE_INFINITY);
    const order: string[] = [];
    for (let n = 0; n < 12; n++) inTurn(() => (busy(3), order.push(`work ${n}`)));
    setTimeout(() => order.push("loop"), 0);
    while (order.length < 13) await nextPassOfTheLoop();
    expect(order.at(-1)).toBe("loop");
  });
});

describe("a busy server accepts new connections", () => {
  let server: http.Server | undefined;
  afterEach(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
  });

  /**
   * 30 connections that keep it busy (2 ms a request, always one waiting), then 20 phones that
   * connect at once: how long the last phone waits for its answer, as a multiple of what a
   * request on an open connection waits. libuv accepts one connection per pass of the loop, so
   * without turns the twentieth phone waits twenty passes of thirty requests each.
   */
  async function lastPhoneWaits(handler: http.RequestListener): Promise<number> {
    server = http.createServer(handler);
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const get = (agent: http.Agent) =>
      new Promise<number>((resolve, reject) => {
        const started = performance.now();
        http
          .get({ host: "127.0.0.1", port, agent }, (response) => {
            response.resume();
            response.on("end", () => resolve(performance.now() - started));
          })
          .on("error", reject);
      });
    const open = new http.Agent({ keepAlive: true, maxSockets: 30 });
    let stop = false;
    const openWaits: number[] = [];
    const loops = Array.from({ length: 30 }, async () => {
      while (!stop) openWaits.push(await get(open));
    });
    while (openWaits.length < 300) await new Promise((resolve) => setTimeout(resolve, 10));
    const phones = await Promise.all(Array.from({ length: 20 }, () => get(new http.Agent({ keepAlive: false }))));
    stop = true;
    await Promise.all(loops);
    open.destroy();
    const sorted = openWaits.sort((a, b) => a - b);
    return Math.max(...phones) / sorted[Math.floor(sorted.length / 2)]!;
  }

  const answer: http.RequestListener = (_request, response) => {
    busy(2);
    response.end("ok");
  };

  it("with turns, a phone that connects while the server is busy waits about as long as the rest", async () => {
    const inTurn = turns();
    const ratio = await lastPhoneWaits((request, response) => inTurn(() => answer(request, response)));
    expect(ratio).toBeLessThan(6.5);
  });

  it("without turns the last phone waits many times longer (what the turns are for)", async () => {
    const ratio = await lastPhoneWaits(answer);
    expect(ratio).toBeGreaterThan(6.5);
  });
});
