/**
 * The bare baseline of `npm run bench`: Node's http module and better-sqlite3, rendering the same
 * list and detail data as the app's public pages as plain HTML. No framework, no cache: what the
 * machine can do, to compare the app with.
 */
import http from "node:http";
import Database from "better-sqlite3";

const file = process.env.DATABASE_PATH ?? "data/bench.db";
const port = Number(process.env.PORT ?? 3401);
const db = new Database(file, { readonly: true, fileMustExist: true });
db.pragma("busy_timeout = 10000");

const escape = (value: unknown) => String(value ?? "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const page = (title: string, body: string) =>
  `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${escape(title)}</title></head><body><main>${body}</main></body></html>`;

const PUBLIC = "('zoekt_steun','in_uitvoering','gerealiseerd')";
const initiativeList = db.prepare(`
  select i.id, i.title, i.pitch, i.status, w.name as wijk, t.name as theme,
    (select count(*) from backings b where b.initiative_id = i.id) as backers
  from initiatives i join wijken w on w.id = i.wijk_id join themes t on t.id = i.theme_id
  where i.status in ${PUBLIC} and i.hidden_at is null and (? is null or i.wijk_id = ?)
  order by i.published_at desc, i.id desc limit 20`);
const initiativeDetail = db.prepare(`
  select i.*, w.name as wijk, t.name as theme, u.display_name as initiator,
    (select count(*) from backings b where b.initiative_id = i.id) as backers,
    (select count(*) from backings b where b.initiative_id = i.id and b.help_offered) as helpers,
    (select coalesce(sum(count), 0) from paper_backings p where p.initiative_id = i.id) as paper
  from initiatives i join wijken w on w.id = i.wijk_id join themes t on t.id = i.theme_id
  left join users u on u.id = i.initiator_id
  where i.id = ? and i.status in ${PUBLIC} and i.hidden_at is null`);
const history = db.prepare(`select to_status, created_at from initiative_status_changes where initiative_id = ? order by created_at`);
const activityList = db.prepare(`
  select a.id, a.title, a.starts_at, a.places, w.name as wijk,
    (select coalesce(sum(party_size), 0) from signups s where s.activity_id = a.id and s.status = 'bevestigd') as taken
  from activities a join wijken w on w.id = a.wijk_id
  where a.ends_at > ? and a.cancelled_at is null order by a.starts_at limit 20`);
const activityDetail = db.prepare(`
  select a.*, w.name as wijk,
    (select coalesce(sum(party_size), 0) from signups s where s.activity_id = a.id and s.status = 'bevestigd') as taken
  from activities a join wijken w on w.id = a.wijk_id where a.id = ?`);
const goal = db.prepare(`select count(*) as n from initiatives where status in ${PUBLIC} and hidden_at is null`);

type Row = Record<string, unknown>;
const initiativeItems = (rows: Row[]) =>
  `<ul>${rows.map((r) => `<li><a href="/initiatieven/${r.id}">${escape(r.title)}</a><p>${escape(r.pitch)}</p><p>${escape(r.wijk)} · ${escape(r.theme)} · ${escape(r.backers)} steunen</p></li>`).join("")}</ul>`;
const activityItems = (rows: Row[]) =>
  `<ul>${rows.map((r) => `<li><a href="/activiteiten/${r.id}">${escape(r.title)}</a><p>${escape(new Date(Number(r.starts_at)).toISOString())} · ${escape(r.wijk)}</p><p>Nog ${Number(r.places) - Number(r.taken)} plekken</p></li>`).join("")}</ul>`;

function route(url: URL): [number, string] {
  const parts = url.pathname.split("/").filter(Boolean);
  if (parts.length === 0) {
    const { n } = goal.get() as { n: number };
    return [200, page("Home", `<h1>Samen maken we Heerlen-Noord mooier</h1><p>${n} van 150 initiatieven</p>${initiativeItems(initiativeList.all(null, null) as Row[]).slice(0, 4000)}${activityItems(activityList.all(Date.now()) as Row[])}`)];
  }
  if (parts[0] === "initiatieven" && parts.length === 1) {
    const wijk = url.searchParams.get("wijk") ? Number(url.searchParams.get("wijk")) : null;
    return [200, page("Initiatieven", `<h1>Initiatieven</h1>${initiativeItems(initiativeList.all(wijk, wijk) as Row[])}`)];
  }
  if (parts[0] === "initiatieven" && parts.length === 2) {
    const row = initiativeDetail.get(Number(parts[1])) as Row | undefined;
    if (!row) return [404, page("Niet gevonden", "<h1>Niet gevonden</h1>")];
    const steps = (history.all(row.id) as Row[]).map((h) => `<li>${escape(h.to_status)} ${escape(new Date(Number(h.created_at)).toISOString())}</li>`).join("");
    return [200, page(String(row.title), `<h1>${escape(row.title)}</h1><p>${escape(row.pitch)}</p><p>${escape(row.description)}</p><p>${escape(row.wijk)} · ${escape(row.theme)} · ${escape(row.initiator)}</p><p>${escape(row.backers)} steunen, ${escape(row.helpers)} helpen, ${escape(row.paper)} op papier</p><ol>${steps}</ol>`)];
  }
  if (parts[0] === "activiteiten" && parts.length === 1) {
    return [200, page("Activiteiten", `<h1>Activiteiten</h1>${activityItems(activityList.all(Date.now()) as Row[])}`)];
  }
  if (parts[0] === "activiteiten" && parts.length === 2) {
    const row = activityDetail.get(Number(parts[1])) as Row | undefined;
    if (!row) return [404, page("Niet gevonden", "<h1>Niet gevonden</h1>")];
    return [200, page(String(row.title), `<h1>${escape(row.title)}</h1><p>${escape(row.description)}</p><p>${escape(row.address)}, ${escape(row.wijk)}</p><p>Nog ${Number(row.places) - Number(row.taken)} plekken</p>`)];
  }
  return [404, page("Niet gevonden", "<h1>Niet gevonden</h1>")];
}

http
  .createServer((request, response) => {
    const [status, body] = route(new URL(request.url ?? "/", "http://localhost"));
    response.writeHead(status, { "Content-Type": "text/html; charset=utf-8" });
    response.end(body);
  })
  .listen(port, "127.0.0.1", () => console.log(`baseline on http://127.0.0.1:${port}`));
