import { load, type LoadResult } from "./load";
import { formFields } from "./writes";

export type FiguresResult = {
  writesPerSecond: number;
  writeErrors: number;
  dashboard: LoadResult;
  publicPages: LoadResult;
  publicPaths: string[];
  /** The age of the figures the dashboard showed, sampled once a second. */
  ageSeconds: { median: number; max: number };
};

type Options = { connections: number; duration: number };

/**
 * Backings posted as a browser without JavaScript posts them (and then loads the page it is sent
 * to), one new resident each, at a steady
 * rate (not as fast as possible): the load of a busy evening, with figures to recompute after each.
 */
function writeSteadily(base: string, path: string, fields: [string, string][], cookieOf: (n: number) => string, perSecond: number) {
  let n = 0;
  let errors = 0;
  const inFlight = new Set<Promise<void>>();
  const started = Date.now();
  // Catches up when the load generator held this event loop: the rate is kept over time.
  const timer = setInterval(() => {
    for (const due = Math.floor(((Date.now() - started) / 1000) * perSecond); n < due; ) {
      const form = new FormData();
      for (const [name, value] of fields) form.append(name, value);
      const cookie = cookieOf(n++);
      // After a write the form answers with a redirect (303) to the page, which the browser then loads.
      const post: Promise<void> = fetch(`${base}${path}`, { method: "POST", body: form, headers: { cookie, origin: base }, redirect: "manual" })
        .then(async (answer) => {
          const location = answer.headers.get("location");
          await answer.arrayBuffer();
          if (answer.status === 303 && location) answer = await fetch(new URL(location, base), { headers: { cookie } }).then(async (page) => (await page.arrayBuffer(), page));
          if (answer.status >= 400) errors++;
        })
        .catch(() => void errors++)
        .finally(() => inFlight.delete(post));
      inFlight.add(post);
    }
  }, 10);
  return {
    async stop() {
      clearInterval(timer);
      const seconds = (Date.now() - started) / 1000;
      await Promise.all(inFlight);
      return { written: n, errors, seconds };
    },
  };
}

/** The age of the figures the page shows (its "Bijgewerkt om …" carries the moment), in seconds. */
async function shownAge(url: string, cookie: string): Promise<number | null> {
  const html = await (await fetch(url, { headers: { cookie } })).text();
  const match = html.match(/<time datetime="([^"]+)">Bijgewerkt/i);
  if (!match) return null;
  return Math.max(0, Math.round((Date.now() - Date.parse(match[1]!)) / 1000));
}

/**
 * `/dashboard` (signed in as the alliance) and the public pages while residents back an idea at
 * `perSecond`: the figures are recomputed in their thread all the while, and no request may wait
 * for that. Few connections for the dashboard (a handful of alliance members at once; at 50 it
 * would only measure the queue of a signed-in render), the usual number for public pages.
 */
export async function measureFiguresUnderWrites(
  base: string,
  { initiative, alliance, resident, perSecond, publicPaths }: { initiative: number; alliance: string; resident: (n: number) => string; perSecond: number; publicPaths: string[] },
  options: Options,
): Promise<FiguresResult> {
  // The first request for a filter waits for the thread; that is not what is measured here.
  for (const path of ["/dashboard", "/cijfers"]) await fetch(`${base}${path}`, { headers: path === "/dashboard" ? { cookie: alliance } : {} }).then((r) => r.text());
  const page = `/initiatieven/${initiative}`;
  const fields = await formFields(base, page, /\bSteunen\b/, resident(0));
  const writer = writeSteadily(base, page, fields, (n) => resident(n + 1), perSecond);
  const ages: number[] = [];
  const sampler = setInterval(() => void shownAge(`${base}/dashboard`, alliance).then((age) => age !== null && ages.push(age), () => undefined), 1000);
  const dashboardTarget = { url: `${base}/dashboard`, headers: { cookie: alliance } };
  const dashboardOptions = { connections: Math.min(4, options.connections), duration: options.duration };
  const publicTarget = { url: base, requests: publicPaths.map((path) => ({ method: "GET" as const, path })) };
  try {
    // A live server has rendered these pages before: the first seconds after a start (compiling
    // each page's code) are not what is measured.
    const warmUp = Math.min(3, options.duration);
    await load(dashboardTarget, { ...dashboardOptions, duration: warmUp });
    await load(publicTarget, { ...options, duration: warmUp });
    const dashboard = await load(dashboardTarget, dashboardOptions);
    const publicPages = await load(publicTarget, options);
    clearInterval(sampler);
    const { written, errors, seconds } = await writer.stop();
    ages.sort((a, b) => a - b);
    return {
      writesPerSecond: Math.round((written / seconds) * 10) / 10,
      writeErrors: errors,
      dashboard,
      publicPages,
      publicPaths,
      ageSeconds: { median: ages[Math.floor(ages.length / 2)] ?? 0, max: ages.at(-1) ?? 0 },
    };
  } finally {
    clearInterval(sampler);
    await writer.stop();
  }
}
