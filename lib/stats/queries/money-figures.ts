import { sql, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { Leefgebied } from "@/db/enums";
import type { StatsFilter } from "../filters";

/** Money in whole cents: granted (by decision), paid, spent and returned (by their own date). */
export type MoneyTotals = { granted: number; paid: number; spent: number; returned: number };
export type MoneyRow<K extends string = string> = MoneyTotals & { label: K };

export type MoneyFigures = {
  totals: MoneyTotals;
  byFund: MoneyRow[];
  byWijk: MoneyRow[];
  byTheme: MoneyRow[];
  byLeefgebied: MoneyRow<Leefgebied>[];
  byYear: MoneyRow[];
  /** Ideas that got a grant decided in the period. */
  ideasWithGrant: number;
  /** Granted money per realised idea with a grant in the period (cents, rounded down); null when none. */
  averageGrantPerRealised: number | null;
  /** From the results of realised ideas written down in the period. */
  results: { ideas: number; peopleReached: number; volunteers: number; volunteerHours: number };
};

const year = (column: string) => `cast(strftime('%Y', ${column} / 1000, 'unixepoch') as integer)`;

// Every money movement as one row: what kind, for which idea and fund, how much, when, which year.
const FLOWS = sql.raw(`
  select 'granted' as kind, g.initiative_id as initiative_id, g.fund_id as fund_id, g.amount_cents as amount, g.decided_at as at, g.year as year
    from grants g where g.amount_cents is not null
  union all
  select 'paid', g.initiative_id, g.fund_id, p.amount_cents, p.on_date, ${year("p.on_date")} from fund_payments p join grants g on g.id = p.grant_id
  union all
  select 'spent', g.initiative_id, g.fund_id, s.amount_cents, s.on_date, ${year("s.on_date")} from fund_spendings s join grants g on g.id = s.grant_id
  union all
  select 'returned', g.initiative_id, g.fund_id, r.amount_cents, r.on_date, ${year("r.on_date")} from fund_returns r join grants g on g.id = r.grant_id`);

const SUMS = sql.raw(`
  coalesce(sum(case when f.kind = 'granted' then f.amount end), 0) as granted,
  coalesce(sum(case when f.kind = 'paid' then f.amount end), 0) as paid,
  coalesce(sum(case when f.kind = 'spent' then f.amount end), 0) as spent,
  coalesce(sum(case when f.kind = 'returned' then f.amount end), 0) as returned`);

function where(column: SQL, filter: StatsFilter): SQL {
  const parts: SQL[] = [sql`1 = 1`];
  if (filter.from !== null) parts.push(sql`${column} >= ${filter.from}`);
  if (filter.toExclusive !== null) parts.push(sql`${column} < ${filter.toExclusive}`);
  if (filter.wijkId !== null) parts.push(sql`i.wijk_id = ${filter.wijkId}`);
  return sql.join(parts, sql` and `);
}

const LABELS = {
  fund: sql.raw("fu.name"),
  wijk: sql.raw("w.name"),
  theme: sql.raw("t.name"),
  leefgebied: sql.raw("t.leefgebied"),
  year: sql.raw("cast(f.year as text)"),
};

function grouped(db: Db, filter: StatsFilter, by: keyof typeof LABELS | null): MoneyRow[] {
  const label = by ? LABELS[by] : sql.raw("'totaal'");
  return db.all<MoneyRow>(sql`
    with f as (${FLOWS})
    select ${label} as label, ${SUMS}
    from f join initiatives i on i.id = f.initiative_id
      join wijken w on w.id = i.wijk_id join themes t on t.id = i.theme_id join funds fu on fu.id = f.fund_id
    where ${where(sql.raw("f.at"), filter)}
    group by 1 order by 1`);
}

/** Money and results for the dashboard, /cijfers and the open data: one source, live. */
export function moneyFigures(db: Db, filter: StatsFilter): MoneyFigures {
  const totals = grouped(db, filter, null)[0] ?? { granted: 0, paid: 0, spent: 0, returned: 0 };
  const ideas = db.get<{ withGrant: number; realised: number; realisedGranted: number }>(sql`
    select count(*) as withGrant, coalesce(sum(i.status = 'gerealiseerd'), 0) as realised,
      coalesce(sum(case when i.status = 'gerealiseerd' then per.amount end), 0) as realisedGranted
    from (select g.initiative_id, sum(g.amount_cents) as amount from grants g join initiatives i on i.id = g.initiative_id
          where g.amount_cents is not null and ${where(sql.raw("g.decided_at"), filter)} group by g.initiative_id) per
    join initiatives i on i.id = per.initiative_id`);
  const results = db.get<MoneyFigures["results"]>(sql`
    select count(*) as ideas, coalesce(sum(r.people_reached), 0) as peopleReached,
      coalesce(sum(r.volunteers), 0) as volunteers, coalesce(sum(r.volunteer_hours), 0) as volunteerHours
    from initiative_results r join initiatives i on i.id = r.initiative_id
    where i.status = 'gerealiseerd' and ${where(sql.raw("r.updated_at"), filter)}`);
  return {
    totals: { granted: totals.granted, paid: totals.paid, spent: totals.spent, returned: totals.returned },
    byFund: grouped(db, filter, "fund"),
    byWijk: grouped(db, filter, "wijk"),
    byTheme: grouped(db, filter, "theme"),
    byLeefgebied: grouped(db, filter, "leefgebied") as MoneyRow<Leefgebied>[],
    byYear: grouped(db, filter, "year"),
    ideasWithGrant: ideas.withGrant,
    averageGrantPerRealised: ideas.realised > 0 ? Math.floor(ideas.realisedGranted / ideas.realised) : null,
    results,
  };
}
