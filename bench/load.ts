import type { EventEmitter } from "node:events";
import autocannon from "autocannon";

/**
 * `non2xx`: answers of 4xx and 5xx. `errors`: connection errors, requests that timed out (`TIMEOUT_SECONDS`) and requests still
 * unanswered when the measurement ended (`unanswered`, also counted in `errors`).
 */
export type LoadResult = { requestsPerSecond: number; p50: number; p95: number; p99: number; errors: number; unanswered: number; non2xx: number; requests: number };

/** A request without an answer after this long is an error (autocannon's default is 10 s). */
export const TIMEOUT_SECONDS = 5;
/**
 * A request still in flight when the measurement ends is an error once it has waited as long as
 * the timeout, or, in a measurement shorter than that (`--short`), most of the measurement; one
 * sent shortly before the end is not (each connection sends its next request at once).
 */
const unansweredAfterMs = (duration: number) => Math.min(TIMEOUT_SECONDS, 0.8 * duration) * 1000;

export type LoadTarget = {
  url: string;
  headers?: Record<string, string>;
  /** For writes: a different request each time (distinct users, so every request really writes). */
  requests?: autocannon.Request[];
  method?: "GET" | "POST";
};

const percentile = (sorted: number[], q: number) =>
  sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! * 10) / 10 : 0;

/**
 * Loads one URL with autocannon and records every response time for exact percentiles. A request
 * still in flight when the measurement ends is counted as an error: a page that holds every
 * request would otherwise show "0 req/s, 0 errors".
 */
export async function load(target: LoadTarget, { connections, duration }: { connections: number; duration: number }): Promise<LoadResult> {
  const times: number[] = [];
  // Each connection has at most one request in flight (no pipelining): when it was sent.
  const waiting = new Map<object, number>();
  let unanswered = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const options: autocannon.Options = {
      url: target.url,
      connections,
      duration,
      method: target.method ?? "GET",
      timeout: TIMEOUT_SECONDS,
      setupClient: (typed) => {
        // The client emits more events than its types list ("request", "timeout", "connError").
        const client = typed as unknown as EventEmitter;
        const done = () => waiting.delete(client);
        client.on("request", () => waiting.set(client, performance.now()));
        for (const event of ["response", "timeout", "connError"]) client.on(event, done);
      },
    };
    if (target.headers) options.headers = target.headers;
    if (target.requests) options.requests = target.requests;
    const instance = autocannon(options, (error, done) => {
      const end = performance.now();
      unanswered = [...waiting.values()].filter((sentAt) => end - sentAt >= unansweredAfterMs(duration)).length;
      if (error) reject(error);
      else resolve(done);
    });
    instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  times.sort((a, b) => a - b);
  return {
    requestsPerSecond: result.requests.total / duration,
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    p99: percentile(times, 0.99),
    // autocannon counts its timeouts among its errors.
    errors: result.errors + unanswered,
    unanswered,
    // A redirect is an answer (a write without JavaScript answers with a 303 to the page).
    non2xx: result.non2xx - result["3xx"],
    requests: result.requests.total,
  };
}
