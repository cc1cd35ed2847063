import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { Leefgebied } from "@/db/enums";
import { backings, initiatives, initiativeStatusChanges as changes, paperBackings, themes, wijken } from "@/db/schema";
import type { StatsFilter } from "../filters";
import { backedInWijk, inPeriod, inWijk } from "../sql";

export type Funnel = {
  proposed: number;
  published: number;
  inProgress: number;
  realised: number;
  sentBack: number;
  rejected: number;
  withdrawn: number;
};

const reached = (status: string) =>
  sql`exists (select 1 from ${changes} where ${changes.initiativeId} = ${initiatives.id} and ${changes.toStatus} = ${status})`;

/** Initiatives proposed (submitted) in the period, and how far each got, from the status history. */
export function funnel(db: Db, filter: StatsFilter): Funnel {
  const row = db.get<Funnel>(sql`
    select count(*) as proposed,
      coalesce(sum(${reached("zoekt_steun")}), 0) as published,
      coalesce(sum(${reached("in_uitvoering")}), 0) as inProgress,
      coalesce(sum(${initiatives.status} = 'gerealiseerd'), 0) as realised,
      coalesce(sum(${reached("teruggestuurd")}), 0) as sentBack,
      coalesce(sum(${initiatives.status} = 'afgewezen'), 0) as rejected,
      coalesce(sum(${initiatives.status} = 'ingetrokken'), 0) as withdrawn
    from ${initiatives}
    where ${initiatives.submittedAt} is not null
      and ${inPeriod(initiatives.submittedAt, filter)} and ${inWijk(initiatives.wijkId, filter)}`);
  return row;
}

export type WijkRow = { wijk: string; initiatives: number; backings: number };

/** Every wijk (also those without any), with initiatives proposed and online backings in the period. */
export function byWijk(db: Db, filter: StatsFilter): WijkRow[] {
  return db.all<WijkRow>(sql`
    select ${wijken.name} as wijk,
      (select count(*) from ${initiatives} where ${initiatives.wijkId} = ${wijken.id}
        and ${initiatives.submittedAt} is not null and ${inPeriod(initiatives.submittedAt, filter)}) as initiatives,
      (select count(*) from ${backings} join ${initiatives} on ${initiatives.id} = ${backings.initiativeId}
        where ${initiatives.wijkId} = ${wijken.id} and ${inPeriod(backings.createdAt, filter)}) as backings
    from ${wijken}
    where ${inWijk(wijken.id, filter)}
    order by ${wijken.name}`);
}

export type ThemeRow = { theme: string; leefgebied: Leefgebied; initiatives: number };

export function byTheme(db: Db, filter: StatsFilter): ThemeRow[] {
  return db.all<ThemeRow>(sql`
    select ${themes.name} as theme, ${themes.leefgebied} as leefgebied,
      (select count(*) from ${initiatives} where ${initiatives.themeId} = ${themes.id}
        and ${initiatives.submittedAt} is not null and ${inPeriod(initiatives.submittedAt, filter)}
        and ${inWijk(initiatives.wijkId, filter)}) as initiatives
    from ${themes}
    order by ${themes.id}`);
}

export type BackingTotals = { online: number; paper: number; helpers: number };

export function backingTotals(db: Db, filter: StatsFilter): BackingTotals {
  const online = db.get<{ online: number; helpers: number }>(sql`
    select count(*) as online, coalesce(sum(${backings.helpOffered}), 0) as helpers from ${backings}
    where ${inPeriod(backings.createdAt, filter)} ${backedInWijk(backings.initiativeId, filter)}`);
  const paper = db.get<{ paper: number }>(sql`
    select coalesce(sum(${paperBackings.count}), 0) as paper from ${paperBackings}
    where ${inPeriod(paperBackings.createdAt, filter)} ${backedInWijk(paperBackings.initiativeId, filter)}`);
  return { online: online.online, helpers: online.helpers, paper: paper.paper };
}
