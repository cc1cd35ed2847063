import type { Db } from "@/db/client";

/** Where the changes of tags are kept: one sequence, so that every process orders them alike. */
export interface TagLog {
  /** Records that `tags` changed now (after the write committed). */
  bump(tags: string[]): void;
  /** False when certainly nothing changed since the last call: the cheap check before every lookup. */
  mayHaveNews(): boolean;
  /** Every tag whose last change came after `seq`, with that change's number and when it counts (ms). */
  changesSince(seq: number): TagChange[];
}

export type TagChange = { tag: string; seq: number; countsFrom: number };

/** A tag that changed less than this long ago waits for the next step: one render per step of a busy page. */
export const STEP_MS = 250;
/** A change this close to the last one joins it (one write that bumps its tags twice waits for nothing). */
export const SAME_WRITE_MS = 20;

/** When a change made `now` counts, after the tag's last change counted from `last` (drizzle/0035, in SQL). */
export function countsFromOf(last: number | undefined, now: number): number {
  if (last === undefined) return now;
  if (last > now - SAME_WRITE_MS) return last;
  if (last > now - STEP_MS) return last + STEP_MS;
  return now;
}

/** For one process alone (tests): the changes live in memory. */
export class MemoryTagLog implements TagLog {
  private seq = 0;
  private readonly last = new Map<string, { seq: number; countsFrom: number }>();

  bump(tags: string[], now = Date.now()): void {
    for (const tag of tags) this.last.set(tag, { seq: ++this.seq, countsFrom: countsFromOf(this.last.get(tag)?.countsFrom, now) });
  }

  mayHaveNews(): boolean {
    return true;
  }

  changesSince(seq: number): TagChange[] {
    return [...this.last].filter(([, changed]) => changed.seq > seq).map(([tag, changed]) => ({ tag, ...changed }));
  }
}

const NEXT_SEQ = "(SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)";

/**
 * The changes live in SQLite (table cache_tags): the core tables' triggers bump them in the
 * transaction of the write itself, in any process or script (drizzle/0003_cache_tags.sql), and the
 * table's own triggers note when each counts (drizzle/0035_cache_tags_counts_from_triggers.sql).
 * `PRAGMA data_version` changes when another connection committed, so a process only reads the
 * table when something may have changed.
 */
export class SqliteTagLog implements TagLog {
  private dataVersion = -1;
  private readonly version;
  private readonly since;
  private readonly upsert;

  constructor(db: Db) {
    const sqlite = db.$client;
    this.version = sqlite.prepare("PRAGMA data_version").pluck();
    this.since = sqlite.prepare("SELECT tag, seq, counts_from AS countsFrom FROM cache_tags WHERE seq > ? ORDER BY seq");
    this.upsert = sqlite.prepare(
      `INSERT INTO cache_tags (tag, seq) VALUES (?, ${NEXT_SEQ}) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq`,
    );
  }

  bump(tags: string[]): void {
    this.upsert.database.transaction(() => {
      for (const tag of tags) this.upsert.run(tag);
    }).immediate();
  }

  mayHaveNews(): boolean {
    const version = this.version.get() as number;
    if (version === this.dataVersion) return false;
    this.dataVersion = version;
    return true;
  }

  changesSince(seq: number): TagChange[] {
    return this.since.all(seq) as TagChange[];
  }
}
