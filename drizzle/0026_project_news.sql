ALTER TABLE `notifications` ADD `project_id` integer REFERENCES projects(id) ON DELETE cascade;--> statement-breakpoint
CREATE INDEX `notifications_project_idx` ON `notifications` (`project_id`);--> statement-breakpoint
ALTER TABLE `projects` ADD `announced_phase` text;