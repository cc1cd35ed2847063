import { sql, type SQL } from "drizzle-orm";
import type { NotificationKind } from "@/db/enums";
import type { DbOrTx } from "@/db/client";
import { registerOutboxProducer } from "@/lib/platform/delivery/outboxes";
import { noteQueued } from "@/lib/platform/mail/queued";
import { TOPIC_COLUMN, topicOf } from "../topics";
import { mailPendingNotifications } from "./deliver";

// Whoever writes notifications has them mailed: those chosen "at once" become mails before each delivery.
registerOutboxProducer(mailPendingNotifications);

/** A query with one column of user ids: who may hear of an event, before their own choice. */
export type Audience = SQL;

/** Followers of an idea; its initiator (or who registered it on their behalf) and coach always follow. */
export const followersOf = (initiativeId: number): Audience =>
  sql`select user_id from follows where initiative_id = ${initiativeId}
      union select coalesce(initiator_id, on_behalf_by_id) from initiatives where id = ${initiativeId}
      union select coach_id from initiatives where id = ${initiativeId}`;

/** The initiator and the coach of an idea. */
export const ownersOf = (initiativeId: number): Audience =>
  sql`select coalesce(initiator_id, on_behalf_by_id) from initiatives where id = ${initiativeId}
      union select coach_id from initiatives where id = ${initiativeId}`;

/**
 * The buurtwerkers an alert about this idea goes to: its coach and the buurtwerkers of its wijk;
 * when that is nobody, every buurtwerker.
 */
export const staffFor = (initiativeId: number): Audience => {
  const local = sql`select coach_id from initiatives where id = ${initiativeId} and coach_id is not null
      union select u.id from users u where u.role = 'buurtwerker' and u.blocked_at is null
        and u.wijk_id = (select wijk_id from initiatives where id = ${initiativeId})`;
  return sql`${local} union select id from users where role = 'buurtwerker' and blocked_at is null and not exists (${local})`;
};

/** Accounts that follow a project. */
export const projectFollowersOf = (projectId: number): Audience => sql`select user_id from project_follows where project_id = ${projectId}`;

/** The beheerders: they decide on money. */
export const beheerders = (): Audience => sql`select id from users where role = 'beheerder' and blocked_at is null`;

export type NotifyInput = {
  kind: NotificationKind;
  /** The same event always has the same key: a person gets one notification per key, ever. */
  eventKey: string;
  initiativeId: number | null;
  projectId?: number;
  payload: Record<string, string>;
  audience: Audience;
  /** Who caused it (never told about their own act) and anyone told in another way. */
  except?: (string | null | undefined)[];
  now?: Date;
};

/**
 * Writes the notifications of one event in the caller's transaction, with one INSERT … SELECT:
 * even 10,000 followers are one statement. Blocked accounts and people who chose "never" get no
 * row; the unique (user, event) index drops any repeat.
 */
export function notify(tx: DbOrTx, input: NotifyInput): number {
  const column = sql.raw(`u.${TOPIC_COLUMN[topicOf(input.kind)]}`);
  const except = input.except?.filter((id): id is string => Boolean(id)) ?? [];
  const notExcepted = except.length ? sql`and u.id not in (${sql.join(except.map((id) => sql`${id}`), sql`, `)})` : sql``;
  noteQueued();
  const result = tx.run(sql`
    insert into notifications (user_id, event_key, initiative_id, project_id, kind, payload, delivery, created_at)
    select u.id, ${input.eventKey}, ${input.initiativeId}, ${input.projectId ?? null}, ${input.kind}, ${JSON.stringify(input.payload)},
           case when ${column} = 'direct' then 'direct' else 'weekly' end, ${(input.now ?? new Date()).getTime()}
    from users u
    where u.id in (${input.audience}) and u.blocked_at is null and ${column} != 'never' ${notExcepted}
    on conflict do nothing`);
  return result.changes;
}
