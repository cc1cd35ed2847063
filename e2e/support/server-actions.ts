import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";

const SOURCE_DIRS = ["app", "lib", "components"];

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Every exported function of every "use server" file, as "file#name" (the file relative to the project). */
export function discoverActions(): string[] {
  return SOURCE_DIRS.flatMap(sourceFiles)
    .filter((file) => /^\s*["']use server["']/.test(fs.readFileSync(file, "utf8")))
    .flatMap((file) => {
      const source = fs.readFileSync(file, "utf8");
      return [...source.matchAll(/^export\s+(?:async\s+)?function\s+(\w+)|^export\s+const\s+(\w+)/gm)].map(
        (match) => `${file}#${match[1] ?? match[2]}`,
      );
    })
    .sort();
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

/** The production build's action ids, by "file#name". */
export function actionIds(): Record<string, string> {
  const manifest = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, ManifestEntry>;
  };
  return Object.fromEntries(Object.entries(manifest.node).map(([id, entry]) => [`${entry.filename}#${entry.exportedName}`, id]));
}

export type ActionReply = { status: number; body: string; location: string | null };

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
  return { status: response.status(), body: await response.text(), location: response.headers()["location"] ?? null };
}

/** The action's own answer: its `{ ok: false, message }` refusal, or null when it did not refuse. */
export function refusalIn(reply: ActionReply): string | null {
  const match = reply.body.match(/"ok":false,"fieldErrors":\{.*?\},"message":"([^"]*)"/);
  return match?.[1] ?? null;
}
