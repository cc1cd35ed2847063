import { sql, type SQL } from "drizzle-orm";
import { alias, type SQLiteColumn } from "drizzle-orm/sqlite-core";
import type { Db } from "@/db/client";
import { activities, backings, initiatives, notCountedAsResident, signups, users } from "@/db/schema";
import type { StatsFilter } from "../filters";
import { backedInWijk, inPeriod, inWijk } from "../sql";

export type Participants = { total: number; proposed: number; backed: number; helped: number; signedUp: number; came: number };

// Accounts that never count as residents taking part: staff, alliance, blocked. A small set, read
// from users_not_counted_idx without going through every resident.
const notCounted = sql`(select ${users.id} from ${users} where ${notCountedAsResident(users)})`;

// Second copies of the tables, for "did this person also back or propose" inside another query.
const otherBackings = alias(backings, "other_backings");
const otherInitiatives = alias(initiatives, "other_initiatives");
const fromOtherBackings = sql.raw(`"backings" as "other_backings"`);
const fromOtherInitiatives = sql.raw(`"initiatives" as "other_initiatives"`);

type ProposalColumns = { submittedAt: SQLiteColumn; wijkId: SQLiteColumn };

/** `person` backed an initiative in the filter's period and wijk: read from the person's few backings. */
const backedBy = (person: SQL | SQLiteColumn, filter: StatsFilter) =>
  sql`exists (select 1 from ${fromOtherBackings} where ${otherBackings.userId} = ${person}
    and ${inPeriod(otherBackings.createdAt, filter)} ${backedInWijk(otherBackings.initiativeId, filter, true)})`;

function proposalFilter(table: ProposalColumns, filter: StatsFilter): SQL {
  return sql`${table.submittedAt} is not null and ${inPeriod(table.submittedAt, filter)} and ${inWijk(table.wijkId, filter)}`;
}

/**
 * Distinct residents who backed (or offered help): all backers minus the few staff among them.
 * Read in user order from backings_user_created_idx, so counting distinct needs no sorting. The
 * unary plus keeps SQLite from reading a long period through backings_created_idx instead, with a
 * look-up and a sort for every backing (seconds at ten times the data).
 */
function countBackers(db: Db, filter: StatsFilter, onlyHelpers: boolean): number {
  const backed = sql`${backings.userId} is not null and ${inPeriod(sql`+${backings.createdAt}`, filter)}
    ${backedInWijk(backings.initiativeId, filter)} ${onlyHelpers ? sql`and ${backings.helpOffered}` : sql``}`;
  return db.get<{ n: number }>(sql`select
    (select count(distinct ${backings.userId}) from ${backings} where ${backed})
    - (select count(distinct ${backings.userId}) from ${backings} where ${backings.userId} in ${notCounted} and ${backed}) as n`).n;
}

function countProposers(db: Db, filter: StatsFilter, notBacking: boolean): number {
  const exceptBackers = notBacking ? sql`and not ${backedBy(initiatives.initiatorId, filter)}` : sql``;
  return db.get<{ n: number }>(sql`select count(distinct ${initiatives.initiatorId}) as n from ${initiatives}
    where ${initiatives.initiatorId} not in ${notCounted} and ${proposalFilter(initiatives, filter)} ${exceptBackers}`).n;
}

type SignupCounts = { signedUp: number; came: number; onlySignedUp: number };

/**
 * People who signed up (and who came), a guest address that belongs to an account counted as that
 * account; `onlySignedUp` are those who neither backed nor proposed, for the total.
 */
function countSignups(db: Db, filter: StatsFilter): SignupCounts {
  const person = sql`coalesce(${signups.userId}, (select ${users.id} from ${users} where ${users.email} = ${signups.email}), 'e:' || ${signups.email}, 'p:' || ${signups.phone})`;
  return db.get<SignupCounts>(sql`
    with people as (
      select ${person} as person, ${signups.checkedInAt} is not null as came
      from ${signups} join ${activities} on ${activities.id} = ${signups.activityId}
      where not ${signups.isWalkIn} and (${signups.email} is not null or ${signups.phone} is not null) and ${signups.status} = 'bevestigd'
        and ${activities.cancelledAt} is null and ${inPeriod(activities.startsAt, filter)} and ${inWijk(activities.wijkId, filter)}
    ),
    residents as (select person, max(came) as came from people where person not in ${notCounted} group by person)
    select count(*) as signedUp, coalesce(sum(came), 0) as came,
      coalesce(sum(not ${backedBy(sql`residents.person`, filter)}
        and not exists (select 1 from ${fromOtherInitiatives} where ${otherInitiatives.initiatorId} = residents.person and ${proposalFilter(otherInitiatives, filter)})), 0) as onlySignedUp
    from residents`);
}

/**
 * Distinct residents who took part in the period, each counted once: an account, or the e-mail
 * address (else the mobile number) of a guest sign-up. Staff and alliance accounts, blocked and deleted accounts, and
 * walk-ins without an address are not counted. The total is backers + proposers who did not back
 * + people who only signed up: the same set as a union, without sorting 100,000 rows.
 */
export function participants(db: Db, filter: StatsFilter): Participants {
  const backed = countBackers(db, filter, false);
  const signupCounts = countSignups(db, filter);
  return {
    total: backed + countProposers(db, filter, true) + signupCounts.onlySignedUp,
    proposed: countProposers(db, filter, false),
    backed,
    helped: countBackers(db, filter, true),
    signedUp: signupCounts.signedUp,
    came: signupCounts.came,
  };
}
