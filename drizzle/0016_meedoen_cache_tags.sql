-- Places to help: a write to help_places or help_takes by any connection (a script, the sqlite3
-- shell) drops the cached /meedoen pages, and the page of the idea or activity that lists the place,
-- in the write's own transaction (as drizzle/0003_cache_tags.sql does for the core tables).
CREATE TRIGGER `cache_help_places_insert` AFTER INSERT ON `help_places` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('meedoen:' || NEW.id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('meedoen', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('figures', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) SELECT 'initiative:' || NEW.initiative_id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags) WHERE NEW.initiative_id IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) SELECT 'activity:' || NEW.activity_id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags) WHERE NEW.activity_id IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_help_places_update` AFTER UPDATE ON `help_places` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('meedoen:' || NEW.id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('meedoen', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('figures', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) SELECT 'initiative:' || NEW.initiative_id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags) WHERE NEW.initiative_id IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) SELECT 'activity:' || NEW.activity_id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags) WHERE NEW.activity_id IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_help_places_delete` AFTER DELETE ON `help_places` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('meedoen:' || OLD.id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('meedoen', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('figures', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) SELECT 'initiative:' || OLD.initiative_id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags) WHERE OLD.initiative_id IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) SELECT 'activity:' || OLD.activity_id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags) WHERE OLD.activity_id IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_help_takes_insert` AFTER INSERT ON `help_takes` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('meedoen:' || NEW.place_id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('meedoen', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('figures', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) SELECT 'initiative:' || p.initiative_id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags) FROM help_places p WHERE p.id = NEW.place_id AND p.initiative_id IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) SELECT 'activity:' || p.activity_id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags) FROM help_places p WHERE p.id = NEW.place_id AND p.activity_id IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_help_takes_update` AFTER UPDATE ON `help_takes` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('meedoen:' || NEW.place_id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('meedoen', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('figures', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) SELECT 'initiative:' || p.initiative_id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags) FROM help_places p WHERE p.id = NEW.place_id AND p.initiative_id IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) SELECT 'activity:' || p.activity_id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags) FROM help_places p WHERE p.id = NEW.place_id AND p.activity_id IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_help_takes_delete` AFTER DELETE ON `help_takes` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('meedoen:' || OLD.place_id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('meedoen', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('figures', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) SELECT 'initiative:' || p.initiative_id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags) FROM help_places p WHERE p.id = OLD.place_id AND p.initiative_id IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) SELECT 'activity:' || p.activity_id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags) FROM help_places p WHERE p.id = OLD.place_id AND p.activity_id IS NOT NULL ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
