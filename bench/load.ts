import autocannon from "autocannon";

export type LoadResult = { requestsPerSecond: number; p50: number; p95: number; p99: number; errors: number; non2xx: number; requests: number };

export type LoadTarget = {
  url: string;
  headers?: Record<string, string>;
  /** For writes: a different request each time (distinct users, so every request really writes). */
  requests?: autocannon.Request[];
  method?: "GET" | "POST";
};

const percentile = (sorted: number[], q: number) =>
  sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! * 10) / 10 : 0;

/** Loads one URL with autocannon and records every response time for exact percentiles. */
export async function load(target: LoadTarget, { connections, duration }: { connections: number; duration: number }): Promise<LoadResult> {
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const options: autocannon.Options = { url: target.url, connections, duration, method: target.method ?? "GET" };
    if (target.headers) options.headers = target.headers;
    if (target.requests) options.requests = target.requests;
    const instance = autocannon(options, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  times.sort((a, b) => a - b);
  return {
    requestsPerSecond: result.requests.total / duration,
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    p99: percentile(times, 0.99),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    requests: result.requests.total,
  };
}
