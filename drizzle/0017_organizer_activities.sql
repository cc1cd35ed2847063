CREATE TABLE `activity_messages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`activity_id` integer NOT NULL,
	`sender_id` text,
	`body` text NOT NULL,
	`recipients` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`sender_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `activity_messages_activity_idx` ON `activity_messages` (`activity_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `activity_messages_sender_idx` ON `activity_messages` (`sender_id`);--> statement-breakpoint
CREATE TABLE `activity_reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`activity_id` integer NOT NULL,
	`reporter_id` text,
	`reason` text NOT NULL,
	`note` text,
	`range_key` text,
	`resolved_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`reporter_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `activity_reports_one_per_resident` ON `activity_reports` (`activity_id`,`reporter_id`);--> statement-breakpoint
CREATE INDEX `activity_reports_reporter_idx` ON `activity_reports` (`reporter_id`);--> statement-breakpoint
ALTER TABLE `activities` ADD `organizer_id` text REFERENCES users(id) ON UPDATE no action ON DELETE set null;--> statement-breakpoint
ALTER TABLE `activities` ADD `approval` text DEFAULT 'goedgekeurd' NOT NULL;--> statement-breakpoint
ALTER TABLE `activities` ADD `approval_note` text;--> statement-breakpoint
ALTER TABLE `activities` ADD `hidden_at` integer;--> statement-breakpoint
ALTER TABLE `activities` ADD `hidden_reason` text;--> statement-breakpoint
CREATE INDEX `activities_organizer_idx` ON `activities` (`organizer_id`,`created_at`);