/**
 * The licence of everything under /api/v1: CC0, "no rights reserved". Anyone may copy, change and
 * use the figures and the public lists, also commercially, without asking and without naming us.
 * Every JSON answer carries it as a field; every answer (CSV too, where a comment line would break
 * the file) carries it as a Link header with the registered relation "license" (RFC 4946).
 */
export const OPEN_DATA_LICENCE = {
  name: "CC0 1.0 Universeel",
  url: "https://creativecommons.org/publicdomain/zero/1.0/deed.nl",
} as const;

/** Headers of every open-data answer: anyone may read it from anywhere, under the licence above. */
export const OPEN_DATA_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  Link: `<${OPEN_DATA_LICENCE.url}>; rel="license"`,
} as const;

/** An open-data JSON answer with the licence beside the data. */
export function openDataJson(data: object, cacheControl: string, status = 200): Response {
  return Response.json({ license: OPEN_DATA_LICENCE, ...data }, { status, headers: { ...OPEN_DATA_HEADERS, "Cache-Control": cacheControl } });
}
