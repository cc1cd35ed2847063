import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { activities, backings, initiatives, signups, users } from "@/db/schema";
import type { StatsFilter } from "./filters";
import { inPeriod, inWijk } from "./sql";

export type Participants = { total: number; proposed: number; backed: number; helped: number; signedUp: number; came: number };

/**
 * Distinct residents who took part in the period, each counted once: an account, or the e-mail
 * address of a guest sign-up (a guest address that belongs to an account counts as that account).
 * Staff and alliance accounts, blocked and deleted accounts, and walk-ins without an address are
 * not counted.
 */
export function participants(db: Db, filter: StatsFilter): Participants {
  const accountOfGuest = sql`coalesce(${signups.userId}, (select ${users.id} from ${users} where ${users.email} = ${signups.email}))`;
  return db.get<Participants>(sql`
    with actions(user_id, email, kind) as (
      select ${initiatives.initiatorId}, null, 'proposed' from ${initiatives}
        where ${initiatives.initiatorId} is not null and ${initiatives.submittedAt} is not null
          and ${inPeriod(initiatives.submittedAt, filter)} and ${inWijk(initiatives.wijkId, filter)}
      union all
      select ${backings.userId}, null, case when ${backings.helpOffered} then 'helped' else 'backed' end
        from ${backings} join ${initiatives} on ${initiatives.id} = ${backings.initiativeId}
        where ${backings.userId} is not null and ${inPeriod(backings.createdAt, filter)} and ${inWijk(initiatives.wijkId, filter)}
      union all
      select ${accountOfGuest}, ${signups.email},
          case when ${signups.checkedInAt} is not null then 'came' else 'signed_up' end
        from ${signups} join ${activities} on ${activities.id} = ${signups.activityId}
        where not ${signups.isWalkIn} and ${signups.status} = 'bevestigd' and ${activities.cancelledAt} is null
          and ${inPeriod(activities.startsAt, filter)} and ${inWijk(activities.wijkId, filter)}
    ),
    people as (
      select coalesce('u:' || a.user_id, 'e:' || a.email) as person, a.kind
      from actions a left join ${users} u on u.id = a.user_id
      where (a.user_id is null and a.email is not null) or (u.role = 'bewoner' and u.blocked_at is null)
    )
    select count(distinct person) as total,
      count(distinct case when kind = 'proposed' then person end) as proposed,
      count(distinct case when kind in ('backed', 'helped') then person end) as backed,
      count(distinct case when kind = 'helped' then person end) as helped,
      count(distinct case when kind in ('signed_up', 'came') then person end) as signedUp,
      count(distinct case when kind = 'came' then person end) as came
    from people`);
}
