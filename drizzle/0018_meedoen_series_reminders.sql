ALTER TABLE `help_places` ADD `series_id` integer;--> statement-breakpoint
CREATE INDEX `help_places_series_idx` ON `help_places` (`series_id`);--> statement-breakpoint
ALTER TABLE `help_takes` ADD `cancel_code_hash` text;--> statement-breakpoint
ALTER TABLE `help_takes` ADD `cancel_code_tries` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `help_takes` ADD `host_reminded_at` integer;--> statement-breakpoint
ALTER TABLE `help_takes` ADD `escalated_at` integer;