-- The triggers of 0035 with the time read as julianday('now') instead of unixepoch('subsec'), which
-- came with SQLite 3.42: in an older sqlite3 shell (Debian 12 has 3.40) it gave NULL, and every
-- write to a table with a page-cache trigger was refused (counts_from is NOT NULL). The rule is the
-- same; the time is in milliseconds, rounded (julianday's doubles are exact to ~50 µs).
DROP TRIGGER `cache_tags_counts_from_insert`;
--> statement-breakpoint
DROP TRIGGER `cache_tags_counts_from_update`;
--> statement-breakpoint
CREATE TRIGGER `cache_tags_counts_from_insert` AFTER INSERT ON `cache_tags` BEGIN
  UPDATE cache_tags SET counts_from = CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER) WHERE tag = NEW.tag;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_tags_counts_from_update` AFTER UPDATE OF seq ON `cache_tags` BEGIN
  UPDATE cache_tags SET
    counted_seq = CASE WHEN OLD.counts_from > CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER) - 20 THEN OLD.counted_seq ELSE OLD.seq END,
    counted_from = CASE WHEN OLD.counts_from > CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER) - 20 THEN OLD.counted_from ELSE OLD.counts_from END,
    counts_from = CASE
      WHEN OLD.counts_from > CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER) - 20 THEN OLD.counts_from
      WHEN OLD.counts_from > CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER) - 250 THEN OLD.counts_from + 250
      ELSE CAST(round((julianday('now') - 2440587.5) * 86400000) AS INTEGER)
    END
    WHERE tag = NEW.tag;
END;
