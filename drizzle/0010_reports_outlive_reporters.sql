PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`initiative_id` integer NOT NULL,
	`comment_id` integer,
	`reporter_id` text,
	`reason` text NOT NULL,
	`note` text,
	`range_key` text,
	`resolved_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`initiative_id`) REFERENCES `initiatives`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`comment_id`) REFERENCES `comments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`reporter_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `__new_reports`("id", "initiative_id", "comment_id", "reporter_id", "reason", "note", "range_key", "resolved_at", "created_at") SELECT "id", "initiative_id", "comment_id", "reporter_id", "reason", "note", "range_key", "resolved_at", "created_at" FROM `reports`;--> statement-breakpoint
DROP TABLE `reports`;--> statement-breakpoint
ALTER TABLE `__new_reports` RENAME TO `reports`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `reports_one_per_resident_initiative` ON `reports` (`initiative_id`,`reporter_id`) WHERE "reports"."comment_id" IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `reports_one_per_resident_comment` ON `reports` (`comment_id`,`reporter_id`) WHERE "reports"."comment_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `reports_reporter_idx` ON `reports` (`reporter_id`);