CREATE TABLE `cache_tags` (
	`tag` text PRIMARY KEY NOT NULL,
	`seq` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `cache_tags_seq_idx` ON `cache_tags` (`seq`);
--> statement-breakpoint
CREATE TRIGGER `cache_initiatives_insert` AFTER INSERT ON `initiatives` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('initiative:' || NEW.id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('initiatives', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('figures', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_backings_insert` AFTER INSERT ON `backings` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('initiative:' || NEW.initiative_id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('initiatives', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('figures', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_paper_backings_insert` AFTER INSERT ON `paper_backings` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('initiative:' || NEW.initiative_id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('initiatives', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('figures', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_comments_insert` AFTER INSERT ON `comments` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('initiative:' || NEW.initiative_id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('initiatives', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('figures', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_initiative_status_changes_insert` AFTER INSERT ON `initiative_status_changes` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('initiative:' || NEW.initiative_id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('initiatives', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('figures', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_activities_insert` AFTER INSERT ON `activities` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('activity:' || NEW.id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('activities', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('figures', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_signups_insert` AFTER INSERT ON `signups` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('activity:' || NEW.activity_id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('activities', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('figures', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_wijken_insert` AFTER INSERT ON `wijken` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('*', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_themes_insert` AFTER INSERT ON `themes` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('*', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_settings_insert` AFTER INSERT ON `settings` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('*', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_activity_series_insert` AFTER INSERT ON `activity_series` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('*', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_initiatives_update` AFTER UPDATE ON `initiatives` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('initiative:' || NEW.id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('initiatives', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('figures', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_backings_update` AFTER UPDATE ON `backings` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('initiative:' || NEW.initiative_id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('initiatives', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('figures', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_paper_backings_update` AFTER UPDATE ON `paper_backings` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('initiative:' || NEW.initiative_id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('initiatives', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('figures', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_comments_update` AFTER UPDATE ON `comments` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('initiative:' || NEW.initiative_id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('initiatives', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('figures', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_initiative_status_changes_update` AFTER UPDATE ON `initiative_status_changes` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('initiative:' || NEW.initiative_id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('initiatives', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('figures', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_activities_update` AFTER UPDATE ON `activities` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('activity:' || NEW.id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('activities', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('figures', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_signups_update` AFTER UPDATE ON `signups` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('activity:' || NEW.activity_id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('activities', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('figures', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_wijken_update` AFTER UPDATE ON `wijken` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('*', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_themes_update` AFTER UPDATE ON `themes` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('*', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_settings_update` AFTER UPDATE ON `settings` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('*', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_activity_series_update` AFTER UPDATE ON `activity_series` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('*', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_initiatives_delete` AFTER DELETE ON `initiatives` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('initiative:' || OLD.id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('initiatives', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('figures', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_backings_delete` AFTER DELETE ON `backings` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('initiative:' || OLD.initiative_id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('initiatives', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('figures', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_paper_backings_delete` AFTER DELETE ON `paper_backings` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('initiative:' || OLD.initiative_id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('initiatives', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('figures', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_comments_delete` AFTER DELETE ON `comments` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('initiative:' || OLD.initiative_id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('initiatives', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('figures', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_initiative_status_changes_delete` AFTER DELETE ON `initiative_status_changes` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('initiative:' || OLD.initiative_id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('initiatives', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('figures', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_activities_delete` AFTER DELETE ON `activities` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('activity:' || OLD.id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('activities', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('figures', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_signups_delete` AFTER DELETE ON `signups` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('activity:' || OLD.activity_id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('activities', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('figures', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_wijken_delete` AFTER DELETE ON `wijken` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('*', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_themes_delete` AFTER DELETE ON `themes` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('*', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_settings_delete` AFTER DELETE ON `settings` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('*', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_activity_series_delete` AFTER DELETE ON `activity_series` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('*', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_users_update` AFTER UPDATE OF display_name, role, blocked_at ON `users` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('*', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_users_delete` AFTER DELETE ON `users` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('*', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
