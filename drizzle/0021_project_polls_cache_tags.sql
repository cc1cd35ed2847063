-- Page-cache tags for the keuze of a project (lib/wiring/public-pages.ts): the project page shows its
-- question, options and (after the kiezen phase) results. Votes need no tag: results show only after closing.
CREATE TRIGGER `cache_project_polls_insert` AFTER INSERT ON `project_polls` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('project:' || NEW.project_id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_project_poll_options_insert` AFTER INSERT ON `project_poll_options` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('project:' || coalesce((SELECT project_id FROM project_polls WHERE id = NEW.poll_id), 0), (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_project_polls_update` AFTER UPDATE ON `project_polls` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('project:' || NEW.project_id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_project_poll_options_update` AFTER UPDATE ON `project_poll_options` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('project:' || coalesce((SELECT project_id FROM project_polls WHERE id = NEW.poll_id), 0), (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_project_polls_delete` AFTER DELETE ON `project_polls` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('project:' || OLD.project_id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_project_poll_options_delete` AFTER DELETE ON `project_poll_options` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('project:' || coalesce((SELECT project_id FROM project_polls WHERE id = OLD.poll_id), 0), (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
