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

/** A tag's last change and when it counts, and the change before it that already counts. */
export type TagState = { seq: number; countsFrom: number; countedSeq: number; countedFrom: number };

/**
 * The tag's state after a change `seq` made `now` (drizzle/0036 does the same in SQL): it joins the
 * waiting step (or the change of the same write), or begins a step of its own; then the change
 * before it already counts, and is kept so that a process that did not look in between counts it.
 */
export function stateAfterChange(last: TagState | undefined, seq: number, now: number): TagState {
  if (!last) return { seq, countsFrom: now, countedSeq: 0, countedFrom: 0 };
  if (last.countsFrom > now - SAME_WRITE_MS) return { ...last, seq };
  const countsFrom = last.countsFrom > now - STEP_MS ? last.countsFrom + STEP_MS : now;
  return { seq, countsFrom, countedSeq: last.seq, countedFrom: last.countsFrom };
}

/** The changes a log row stands for: the last one, and the one before it that already counts. */
export function changesOfRow(tag: string, row: TagState): TagChange[] {
  const last = { tag, seq: row.seq, countsFrom: row.countsFrom };
  return row.countedSeq > 0 ? [{ tag, seq: row.countedSeq, countsFrom: row.countedFrom }, last] : [last];
}

/** For one process alone (tests): the changes live in memory. */
export class MemoryTagLog implements TagLog {
  private seq = 0;
  private readonly last = new Map<string, TagState>();

  bump(tags: string[], now = Date.now()): void {
    for (const tag of tags) this.last.set(tag, stateAfterChange(this.last.get(tag), ++this.seq, now));
  }

  mayHaveNews(): boolean {
    return true;
  }

  changesSince(seq: number): TagChange[] {
    return [...this.last].filter(([, state]) => state.seq > seq).flatMap(([tag, state]) => changesOfRow(tag, state));
  }
}

const NEXT_SEQ = "(SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)";

/**
 * The changes live in SQLite (table cache_tags): the core tables' triggers bump them in the
 * transaction of the write itself, in any process or script (drizzle/0003_cache_tags.sql), and the
 * table's own triggers note when each counts (drizzle/0035_cache_tags_counts_from_triggers.sql,
 * rewritten for older sqlite3 shells in drizzle/0036_cache_tags_triggers_for_older_sqlite.sql).
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
    this.since = sqlite.prepare("SELECT tag, seq, counts_from AS countsFrom, counted_seq AS countedSeq, counted_from AS countedFrom FROM cache_tags WHERE seq > ? ORDER BY seq");
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
    return (this.since.all(seq) as (TagState & { tag: string })[]).flatMap((row) => changesOfRow(row.tag, row));
  }
}
