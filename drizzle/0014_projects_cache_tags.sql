-- Page-cache tags for projects and surveys (lib/wiring/public-pages.ts): a write in any process, script
-- or shell drops the cached project and survey pages that show it, as drizzle/0003_cache_tags.sql does for the core tables.
CREATE TRIGGER `cache_projects_insert` AFTER INSERT ON `projects` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('project:' || NEW.id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('projects', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_projects_update` AFTER UPDATE ON `projects` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('project:' || NEW.id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('projects', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_projects_delete` AFTER DELETE ON `projects` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('project:' || OLD.id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('projects', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_project_phases_insert` AFTER INSERT ON `project_phases` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('project:' || NEW.project_id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('projects', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_project_phases_update` AFTER UPDATE ON `project_phases` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('project:' || NEW.project_id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('projects', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_project_phases_delete` AFTER DELETE ON `project_phases` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('project:' || OLD.project_id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('projects', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_project_wijken_insert` AFTER INSERT ON `project_wijken` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('project:' || NEW.project_id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('projects', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_project_wijken_update` AFTER UPDATE ON `project_wijken` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('project:' || NEW.project_id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('projects', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_project_wijken_delete` AFTER DELETE ON `project_wijken` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('project:' || OLD.project_id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('projects', (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_project_activities_insert` AFTER INSERT ON `project_activities` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('project:' || NEW.project_id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_project_activities_update` AFTER UPDATE ON `project_activities` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('project:' || NEW.project_id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_project_activities_delete` AFTER DELETE ON `project_activities` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('project:' || OLD.project_id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_project_feedback_insert` AFTER INSERT ON `project_feedback` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('project:' || NEW.project_id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_project_feedback_update` AFTER UPDATE ON `project_feedback` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('project:' || NEW.project_id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_project_feedback_delete` AFTER DELETE ON `project_feedback` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('project:' || OLD.project_id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_surveys_insert` AFTER INSERT ON `surveys` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('survey:' || NEW.id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('project:' || NEW.owner_id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_surveys_update` AFTER UPDATE ON `surveys` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('survey:' || NEW.id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('project:' || NEW.owner_id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_surveys_delete` AFTER DELETE ON `surveys` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('survey:' || OLD.id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('project:' || OLD.owner_id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_survey_questions_insert` AFTER INSERT ON `survey_questions` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('survey:' || NEW.survey_id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('project:' || (SELECT owner_id FROM surveys WHERE id = NEW.survey_id), (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_survey_questions_update` AFTER UPDATE ON `survey_questions` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('survey:' || NEW.survey_id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('project:' || (SELECT owner_id FROM surveys WHERE id = NEW.survey_id), (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
--> statement-breakpoint
CREATE TRIGGER `cache_survey_questions_delete` AFTER DELETE ON `survey_questions` BEGIN
  INSERT INTO cache_tags (tag, seq) VALUES ('survey:' || OLD.survey_id, (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
  INSERT INTO cache_tags (tag, seq) VALUES ('project:' || (SELECT owner_id FROM surveys WHERE id = OLD.survey_id), (SELECT coalesce(max(seq), 0) + 1 FROM cache_tags)) ON CONFLICT (tag) DO UPDATE SET seq = excluded.seq;
END;
