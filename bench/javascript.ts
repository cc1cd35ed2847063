import { gzipSync } from "node:zlib";

/** A chunk as named in a script tag or in the page's inline RSC payload. */
const CHUNK = /(?:\/_next\/)?static\/chunks\/[\w.-]+\.js/g;

/**
 * The chunks a page loads: its script tags (not the `nomodule` polyfills) and the client modules its
 * inline RSC payload names, which the browser loads as it hydrates. Which of them come as a tag
 * depends on when the stream flushed (an error boundary's chunk is a tag in one render, only in the
 * payload in the next), so only both together are the same for every render.
 */
async function scriptsOf(base: string, page: string, headers: Record<string, string>): Promise<Map<string, number>> {
  const response = await fetch(`${base}${page}`, { headers });
  // An error page has scripts of its own (its boundary): it would read as the page's.
  if (response.status !== 200) throw new Error(`${page} answered ${response.status}`);
  const html = (await response.text()).replace(/<script\b[^>]*\bnomodule\b[^>]*>\s*<\/script>/gi, "");
  const sources = [...html.matchAll(CHUNK)].map(([chunk]) => `/_next/${chunk.replace(/^\/_next\//, "")}`);
  const sizes = new Map<string, number>();
  for (const src of new Set(sources)) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    sizes.set(src, gzipSync(body).length);
  }
  return sizes;
}

/**
 * The gzipped JavaScript each page loads, split in Next's floor (the scripts of /privacy, a page
 * without any client component) and the app's own scripts above it. `headers` (a session cookie)
 * go with every page request: signed out, a page such as /initiatieven/nieuw redirects to /inloggen.
 */
export async function javascriptOf(base: string, pages: string[], headers: Record<string, string> = {}) {
  const floor = await scriptsOf(base, "/privacy", headers);
  const floorBytes = [...floor.values()].reduce((a, b) => a + b, 0);
  const result: Record<string, number> = {};
  const own: Record<string, string[]> = {};
  for (const page of pages) {
    const scripts = [...(await scriptsOf(base, page, headers))].filter(([src]) => !floor.has(src));
    result[page] = scripts.reduce((sum, [, size]) => sum + size, 0);
    own[page] = scripts.map(([src]) => src);
  }
  return { floorBytes, floorScripts: [...floor.keys()], pages: result, own };
}
