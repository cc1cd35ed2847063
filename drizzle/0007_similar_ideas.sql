-- Full-text index of the public ideas (published or further, not hidden), for "similar ideas" while
-- a resident proposes one. The rowid is the initiative's id. drizzle-kit cannot express a virtual
-- table, so db/schema.ts has no table for it; lib/initiatives/similar.ts reads it with plain SQL.
-- unicode61 with remove_diacritics 2 makes "café" and "cafe" the same token; the prefix indexes make
-- the query side's prefix terms ("moestuin"*) cheap.
CREATE VIRTUAL TABLE `initiatives_fts` USING fts5(
  title,
  pitch,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '3 5'
);
--> statement-breakpoint
INSERT INTO `initiatives_fts` (rowid, title, pitch)
  SELECT id, title, pitch FROM initiatives
  WHERE status IN ('zoekt_steun', 'in_uitvoering', 'gerealiseerd') AND hidden_at IS NULL;
--> statement-breakpoint
CREATE TRIGGER `initiatives_fts_insert` AFTER INSERT ON `initiatives`
WHEN NEW.status IN ('zoekt_steun', 'in_uitvoering', 'gerealiseerd') AND NEW.hidden_at IS NULL BEGIN
  INSERT INTO initiatives_fts (rowid, title, pitch) VALUES (NEW.id, NEW.title, NEW.pitch);
END;
--> statement-breakpoint
CREATE TRIGGER `initiatives_fts_update` AFTER UPDATE OF title, pitch, status, hidden_at ON `initiatives` BEGIN
  DELETE FROM initiatives_fts WHERE rowid = OLD.id;
  INSERT INTO initiatives_fts (rowid, title, pitch)
    SELECT NEW.id, NEW.title, NEW.pitch
    WHERE NEW.status IN ('zoekt_steun', 'in_uitvoering', 'gerealiseerd') AND NEW.hidden_at IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `initiatives_fts_delete` AFTER DELETE ON `initiatives` BEGIN
  DELETE FROM initiatives_fts WHERE rowid = OLD.id;
END;
