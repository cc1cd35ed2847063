-- When a change of a page-cache tag counts for visitors (ms), however it was bumped (the core
-- tables' triggers or the app). A quiet tag's change counts at once. A tag that changed less than a
-- step (250 ms) ago waits for the next step, and every change until then joins it: a busy idea costs
-- each page one render per step, not one per backing. A change within 20 ms of the last one (the
-- same write bumping its tags twice) joins that one. When a new step begins, the change before it
-- (which already counts) is kept as counted_seq/counted_from: a process that did not look in
-- between still counts it at once. The app answers a write only once its changes count
-- (lib/platform/page-cache/store.ts); MemoryTagLog in lib/platform/page-cache/tag-log.ts is the same rule.
CREATE TRIGGER `cache_tags_counts_from_insert` AFTER INSERT ON `cache_tags` BEGIN
  UPDATE cache_tags SET counts_from = CAST(unixepoch('subsec') * 1000 AS INTEGER) WHERE tag = NEW.tag;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_tags_counts_from_update` AFTER UPDATE OF seq ON `cache_tags` BEGIN
  UPDATE cache_tags SET
    counted_seq = CASE WHEN OLD.counts_from > CAST(unixepoch('subsec') * 1000 AS INTEGER) - 20 THEN OLD.counted_seq ELSE OLD.seq END,
    counted_from = CASE WHEN OLD.counts_from > CAST(unixepoch('subsec') * 1000 AS INTEGER) - 20 THEN OLD.counted_from ELSE OLD.counts_from END,
    counts_from = CASE
      WHEN OLD.counts_from > CAST(unixepoch('subsec') * 1000 AS INTEGER) - 20 THEN OLD.counts_from
      WHEN OLD.counts_from > CAST(unixepoch('subsec') * 1000 AS INTEGER) - 250 THEN OLD.counts_from + 250
      ELSE CAST(unixepoch('subsec') * 1000 AS INTEGER)
    END
    WHERE tag = NEW.tag;
END;
