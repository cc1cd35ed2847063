-- A place offered for a few dates shows all its coming dates with the places left: a write to the
-- takes of one date drops the cached pages of the other dates of its series too, in the write's
-- own transaction (as drizzle/0016_meedoen_cache_tags.sql does for the date itself).
CREATE TRIGGER `cache_help_takes_series_insert` AFTER INSERT ON `help_takes` BEGIN
  INSERT INTO cache_tags (tag, seq) SELECT 'meedoen:' || s.id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags) FROM help_places p JOIN help_places s ON s.series_id = p.series_id WHERE p.id = NEW.place_id AND s.id != p.id ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_help_takes_series_update` AFTER UPDATE ON `help_takes` BEGIN
  INSERT INTO cache_tags (tag, seq) SELECT 'meedoen:' || s.id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags) FROM help_places p JOIN help_places s ON s.series_id = p.series_id WHERE p.id = NEW.place_id AND s.id != p.id ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_help_takes_series_delete` AFTER DELETE ON `help_takes` BEGIN
  INSERT INTO cache_tags (tag, seq) SELECT 'meedoen:' || s.id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags) FROM help_places p JOIN help_places s ON s.series_id = p.series_id WHERE p.id = OLD.place_id AND s.id != p.id ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
