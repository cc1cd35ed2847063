import crypto from "node:crypto";
import Database from "better-sqlite3";
import type { LoadTarget } from "./load";

const BOUNDARY = "----benchBoundary7MA4YWxkTrZu0gW";

/** Many residents with a session each, so that every backing in the load is a real new write. */
export function createSessionPool(file: string, size: number): string[] {
  const db = new Database(file);
  const tokens: string[] = [];
  const user = db.prepare("insert or ignore into users (id, email, display_name, role, created_at) values (?, ?, 'Meting', 'bewoner', ?)");
  const session = db.prepare("insert into sessions (session_token, user_id, expires) values (?, ?, ?)");
  db.transaction(() => {
    for (let i = 0; i < size; i++) {
      const token = crypto.randomBytes(18).toString("hex");
      user.run(`bench-pool-${i}`, `bench-pool-${i}@voorbeeld.nl`, Date.now());
      session.run(token, `bench-pool-${i}`, Date.now() + 86_400_000);
      tokens.push(token);
    }
  })();
  db.close();
  return tokens;
}

const decode = (value: string) => value.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/** The hidden fields of the form on `path` whose button text matches: what a browser posts. */
export async function formFields(base: string, path: string, button: RegExp, cookie?: string): Promise<[string, string][]> {
  const html = await (await fetch(`${base}${path}`, { headers: cookie ? { cookie } : {} })).text();
  const form = [...html.matchAll(/<form\b[\s\S]*?<\/form>/g)].map((m) => m[0]).find((f) => button.test(f.replace(/<[^>]+>/g, " ")));
  if (!form) throw new Error(`No form with a button ${button} on ${path}`);
  return [...form.matchAll(/<input\b([^>]*)>/g)]
    .map((m) => m[1]!)
    .filter((attributes) => /type="hidden"/.test(attributes))
    .map((attributes) => [decode(attributes.match(/name="([^"]*)"/)?.[1] ?? ""), decode(attributes.match(/value="([^"]*)"/)?.[1] ?? "")]);
}

function multipart(fields: [string, string][]): string {
  return fields.map(([name, value]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("") + `--${BOUNDARY}--\r\n`;
}

type Post = { fields: [string, string][]; cookie?: string; headers?: Record<string, string> };

/**
 * The same form as a browser with JavaScript posts it: the action's id in a header and the form's
 * fields as its argument (React's reply format); the answer is the action's result and the page's
 * new React Server Components payload instead of a whole HTML page.
 */
export function asActionCall(actionId: string, post: Post): Post {
  const fields = post.fields.filter(([name]) => !name.startsWith("$ACTION")).map(([name, value]): [string, string] => [`_1_${name}`, value]);
  return { ...post, fields: [...fields, ["0", '[null,"$K1"]']], headers: { ...post.headers, "next-action": actionId, accept: "text/x-component" } };
}

/** A POST target that sends a different body or cookie every time, as distinct residents would. */
export function postEach(base: string, path: string, next: (n: number) => Post): LoadTarget {
  let n = 0;
  return {
    url: `${base}${path}`,
    method: "POST",
    requests: [
      {
        method: "POST",
        setupRequest: (request) => {
          const { fields, cookie, headers: extra } = next(n++);
          const headers: Record<string, string> = { "content-type": `multipart/form-data; boundary=${BOUNDARY}`, origin: base, ...extra };
          if (cookie) headers.cookie = cookie;
          return { ...request, method: "POST", path, headers, body: multipart(fields) };
        },
      },
    ],
  };
}

/**
 * Rows the load wrote: backings by the pool, sign-ups with a bench address, places taken by "Meting". `repeated`: writes
 * whose action ran more than once for the same person (each run counts against the hourly limit).
 */
export function countWrites(file: string): { backings: number; signups: number; takes: number; repeated: number } {
  const db = new Database(file, { readonly: true });
  const one = (query: string) => (db.prepare(query).get() as { n: number }).n;
  // One snapshot for all counts, taken while writes go on.
  const result = db.transaction(() => ({
    backings: one("select count(*) as n from backings where user_id like 'bench-pool-%'"),
    signups: one("select count(*) as n from signups where email like 'bench-signup-%'"),
    takes: one("select count(*) as n from help_takes where name = 'Meting'"),
    repeated: one(`select count(*) as n from (select bucket from rate_limit_hits
      where bucket like 'backing-user:bench-pool-%' or bucket like 'signup-user:bench-signup-%' or bucket like 'signup-user:+31612%' group by bucket having count(*) > 1)`),
  }))();
  db.close();
  return result;
}
