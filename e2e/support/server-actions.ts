import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext, Page } from "@playwright/test";

const SOURCE_DIRS = ["app", "lib", "components"];

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/**
 * Every exported function of every "use server" file, by its name (names are unique across the
 * app, which this checks); e2e/support/action-names.ts must import each of those files.
 */
export function discoverActions(): string[] {
  const files = SOURCE_DIRS.flatMap(sourceFiles).filter((file) => /^\s*["']use server["']/.test(fs.readFileSync(file, "utf8")));
  const listed = fs.readFileSync(path.join(import.meta.dirname, "action-names.ts"), "utf8");
  const unlisted = files.filter((file) => !listed.includes(`"@/${file.replace(/\.tsx?$/, "")}"`));
  if (unlisted.length > 0) throw new Error(`Import these "use server" modules in e2e/support/action-names.ts: ${unlisted.join(", ")}`);
  const names = files.flatMap((file) =>
    [...fs.readFileSync(file, "utf8").matchAll(/^export\s+(?:async\s+)?function\s+(\w+)|^export\s+const\s+(\w+)/gm)].map((match) => match[1] ?? match[2]!),
  );
  const twice = names.filter((name, index) => names.indexOf(name) !== index);
  if (twice.length > 0) throw new Error(`Server action names must be unique: ${twice.join(", ")}`);
  return names.sort();
}

const METHODS = "GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS";

/** Every exported HTTP method of every route handler, as "METHOD /path/[param]". */
export function discoverRoutes(): string[] {
  return sourceFiles("app")
    .filter((file) => path.basename(file) === "route.ts")
    .flatMap((file) => {
      const route = `/${path.dirname(path.relative("app", file))}`.replace(/\/\([^)]*\)/g, "") || "/";
      const source = fs.readFileSync(file, "utf8");
      const pattern = new RegExp(`^export\\s+(?:(?:async\\s+)?function\\s+(${METHODS})\\b|const\\s+(${METHODS})\\b)`, "gm");
      return [...source.matchAll(pattern)].map((match) => `${match[1] ?? match[2]} ${route}`);
    })
    .sort();
}

type ManifestEntry = { filename: string; exportedName: string; workers: Record<string, unknown> };

/** The production build's action ids, by action name. */
export function actionIds(): Record<string, string> {
  const manifest = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, ManifestEntry>;
  };
  return Object.fromEntries(Object.entries(manifest.node).map(([id, entry]) => [entry.exportedName, id]));
}

/** `redirectedTo`: where the action sent the browser after it succeeded (Next's x-action-redirect). */
export type ActionReply = { status: number; body: string; rows: Map<string, string>; redirectedTo: string | null };

/**
 * The rows of a React Server Components answer: "id:json" lines, and "id:T<hex byte length>,text"
 * for long text, which has no line end of its own.
 */
function rscRows(body: Buffer): Map<string, string> {
  const rows = new Map<string, string>();
  let at = 0;
  while (at < body.length) {
    const colon = body.indexOf(":", at);
    if (colon < 0) break;
    const id = body.subarray(at, colon).toString();
    if (body[colon + 1] === "T".charCodeAt(0)) {
      const comma = body.indexOf(",", colon);
      const end = comma + 1 + parseInt(body.subarray(colon + 2, comma).toString(), 16);
      rows.set(id, body.subarray(comma + 1, end).toString());
      at = end;
    } else {
      const lineEnd = body.indexOf("\n", colon);
      const end = lineEnd < 0 ? body.length : lineEnd;
      rows.set(id, body.subarray(colon + 1, end).toString());
      at = end + 1;
    }
  }
  return rows;
}

/**
 * Calls a server action the way React does from a form with JavaScript: a POST with the
 * Next-Action header and the arguments (previous state, the form's fields) encoded as React's
 * reply format, the root part last.
 */
export async function callAction(
  request: APIRequestContext,
  actionId: string,
  page: string,
  fields: Record<string, string>,
): Promise<ActionReply> {
  const body = new FormData();
  for (const [key, value] of Object.entries(fields)) body.append(`_1_${key}`, value);
  body.append("0", '[null,"$K1"]');
  const response = await request.post(page, {
    multipart: body,
    headers: { "Next-Action": actionId, Accept: "text/x-component" },
    maxRedirects: 0,
  });
  const answer = await response.body();
  return {
    status: response.status(),
    body: answer.toString(),
    rows: rscRows(answer),
    redirectedTo: response.headers()["x-action-redirect"] ?? null,
  };
}

type ActionResult = { ok: boolean; message?: string; fieldErrors?: Record<string, string[] | undefined> };

/** The action's returned `{ ok, message, fieldErrors }`, or null when it answered otherwise (a redirect). */
export function actionResult(reply: ActionReply): ActionResult | null {
  // Row 0 is the envelope; it points at the action's return value ("a":"$@1").
  const row = reply.rows.get("1");
  return row?.startsWith('{"ok":') ? (JSON.parse(row) as ActionResult) : null;
}

/** The refusal message of the action, or null when it did not refuse. */
export function refusalIn(reply: ActionReply): string | null {
  const result = actionResult(reply);
  return result && !result.ok ? (result.message ?? "") : null;
}

/** The URLs of the POSTs (server action calls) the page sends from now on. */
export function postsFrom(page: Page): string[] {
  const posts: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST") posts.push(request.url());
  });
  return posts;
}
