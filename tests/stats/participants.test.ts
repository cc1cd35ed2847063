import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import type { Role } from "@/db/enums";
import { activities, backings, initiatives, signups, users } from "@/db/schema";
import { parseStatsFilter, type StatsFilterInput } from "@/lib/stats/filters";
import { participants } from "@/lib/stats/queries/participants";

// participants() counts a union by arithmetic (for speed). Here it is compared with the plain,
// slow definition over random data and random filters.
let seed = 7;
const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
const pick = <T,>(items: T[]) => items[Math.floor(random() * items.length)]!;
const DAY = 86_400_000;
const START = Date.UTC(2025, 0, 1);
const when = () => new Date(START + Math.floor(random() * 600) * DAY);

function referenceCount(input: StatsFilterInput, kinds: string[]): number {
  const f = parseStatsFilter({ van: input.van, tot: input.tot, wijk: input.wijk ? String(input.wijk) : undefined });
  const period = (column: string) => sql.raw(`${f.from === null ? "1=1" : `${column} >= ${f.from}`} and ${f.toExclusive === null ? "1=1" : `${column} < ${f.toExclusive}`}`);
  const wijk = (column: string) => sql.raw(f.wijkId === null ? "1=1" : `${column} = ${f.wijkId}`);
  return getDb().get<{ n: number }>(sql`
    with acts(person, kind) as (
      select initiator_id, 'proposed' from initiatives where initiator_id is not null and submitted_at is not null and ${period("submitted_at")} and ${wijk("wijk_id")}
      union all select b.user_id, case when b.help_offered then 'helped' else 'backed' end from backings b join initiatives i on i.id = b.initiative_id
        where b.user_id is not null and ${period("b.created_at")} and ${wijk("i.wijk_id")}
      union all select coalesce(s.user_id, (select id from users where email = s.email), 'e:' || s.email), case when s.checked_in_at is not null then 'came' else 'signed_up' end
        from signups s join activities a on a.id = s.activity_id
        where not s.is_walk_in and s.email is not null and s.status = 'bevestigd' and a.cancelled_at is null and ${period("a.starts_at")} and ${wijk("a.wijk_id")}
    )
    select count(distinct person) as n from acts left join users u on u.id = acts.person
    where kind in ${sql.raw(`(${kinds.map((k) => `'${k}'`).join(",")})`)}
      and ((u.id is null and person like 'e:%') or (u.role = 'bewoner' and u.blocked_at is null))`).n;
}

beforeAll(() => {
  const db = getDb();
  const roles: Role[] = ["bewoner", "bewoner", "bewoner", "bewoner", "buurtwerker", "alliantie"];
  const people = Array.from({ length: 150 }, (_, i) =>
    db.insert(users).values({ email: `p${i}@test.nl`, role: pick(roles), blockedAt: random() < 0.05 ? new Date() : null }).returning({ id: users.id, email: users.email }).get(),
  );
  const ids = Array.from({ length: 60 }, () =>
    db.insert(initiatives).values({ title: "T", pitch: "P", wijkId: 1 + Math.floor(random() * 4), themeId: 1, initiatorId: random() < 0.9 ? pick(people).id : null, submittedAt: random() < 0.8 ? when() : null }).returning({ id: initiatives.id }).get().id,
  );
  for (let i = 0; i < 500; i++) {
    db.insert(backings).values({ initiativeId: pick(ids), userId: pick(people).id, helpOffered: random() < 0.3, createdAt: when() }).onConflictDoNothing().run();
  }
  const acts = Array.from({ length: 25 }, () => {
    const start = when();
    return db.insert(activities).values({ title: "A", wijkId: 1 + Math.floor(random() * 4), address: "x", startsAt: start, endsAt: new Date(start.getTime() + 3_600_000), places: 100, signupDeadline: start, cancelledAt: random() < 0.1 ? start : null }).returning({ id: activities.id }).get().id;
  });
  for (let i = 0; i < 300; i++) {
    const person = pick(people);
    const kind = random();
    db.insert(signups)
      .values({
        activityId: pick(acts),
        userId: kind < 0.5 ? person.id : null,
        name: "N",
        email: kind < 0.8 ? person.email : kind < 0.95 ? `gast${Math.floor(random() * 40)}@test.nl` : null,
        partySize: 2,
        status: random() < 0.85 ? "bevestigd" : "geannuleerd",
        isWalkIn: kind >= 0.95,
        checkedInAt: random() < 0.5 ? new Date() : null,
      })
      .onConflictDoNothing()
      .run();
  }
});

describe("distinct residents, compared with the plain definition", () => {
  const filters: StatsFilterInput[] = [{}, { wijk: 2 }, { van: "2025-03-01" }, { tot: "2025-09-30" }, { van: "2025-02-01", tot: "2025-12-31", wijk: 3 }, { van: "2026-01-01", wijk: 1 }];
  for (const input of filters) {
    it(`agrees for ${JSON.stringify(input)}`, () => {
      const f = parseStatsFilter({ van: input.van, tot: input.tot, wijk: input.wijk ? String(input.wijk) : undefined });
      expect(participants(getDb(), f)).toEqual({
        total: referenceCount(input, ["proposed", "backed", "helped", "signed_up", "came"]),
        proposed: referenceCount(input, ["proposed"]),
        backed: referenceCount(input, ["backed", "helped"]),
        helped: referenceCount(input, ["helped"]),
        signedUp: referenceCount(input, ["signed_up", "came"]),
        came: referenceCount(input, ["came"]),
      });
    });
  }
  it("has a dataset where every kind occurs", () => {
    expect(referenceCount({}, ["came"])).toBeGreaterThan(0);
    expect(referenceCount({}, ["proposed"])).toBeGreaterThan(0);
  });
});
