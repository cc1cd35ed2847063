CREATE TABLE `follows` (
	`user_id` text NOT NULL,
	`initiative_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`user_id`, `initiative_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`initiative_id`) REFERENCES `initiatives`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `follows_initiative_idx` ON `follows` (`initiative_id`,`user_id`);--> statement-breakpoint
CREATE TABLE `initiative_update_photos` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`update_id` integer NOT NULL,
	`photo_path` text NOT NULL,
	FOREIGN KEY (`update_id`) REFERENCES `initiative_updates`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `initiative_update_photos_photo_path_unique` ON `initiative_update_photos` (`photo_path`);--> statement-breakpoint
CREATE INDEX `initiative_update_photos_update_idx` ON `initiative_update_photos` (`update_id`);--> statement-breakpoint
CREATE TABLE `initiative_updates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`initiative_id` integer NOT NULL,
	`author_id` text,
	`body` text NOT NULL,
	`hidden_at` integer,
	`hidden_reason` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`initiative_id`) REFERENCES `initiatives`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `initiative_updates_initiative_idx` ON `initiative_updates` (`initiative_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `initiative_updates_author_idx` ON `initiative_updates` (`author_id`);--> statement-breakpoint
CREATE TABLE `jobs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`unique_key` text,
	`run_at` integer NOT NULL,
	`payload` text,
	`attempts` integer DEFAULT 0 NOT NULL,
	`last_error` text,
	`claimed_by` text,
	`claimed_until` integer,
	`done_at` integer,
	`failed_at` integer,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `jobs_unique_key_unique` ON `jobs` (`unique_key`);--> statement-breakpoint
CREATE INDEX `jobs_due_idx` ON `jobs` (`run_at`) WHERE "jobs"."done_at" IS NULL AND "jobs"."failed_at" IS NULL;--> statement-breakpoint
CREATE INDEX `jobs_failed_idx` ON `jobs` (`failed_at`) WHERE "jobs"."failed_at" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `jobs_done_idx` ON `jobs` (`done_at`);--> statement-breakpoint
CREATE TABLE `notifications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` text NOT NULL,
	`event_key` text NOT NULL,
	`initiative_id` integer,
	`kind` text NOT NULL,
	`payload` text NOT NULL,
	`delivery` text NOT NULL,
	`mailed_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`initiative_id`) REFERENCES `initiatives`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `notifications_once_per_event` ON `notifications` (`user_id`,`event_key`);--> statement-breakpoint
CREATE INDEX `notifications_pending_idx` ON `notifications` (`delivery`,`id`) WHERE "notifications"."mailed_at" IS NULL;--> statement-breakpoint
CREATE INDEX `notifications_initiative_idx` ON `notifications` (`initiative_id`);--> statement-breakpoint
CREATE TABLE `unsubscribe_tokens` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`topic` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `unsubscribe_tokens_user_idx` ON `unsubscribe_tokens` (`user_id`);--> statement-breakpoint
CREATE INDEX `unsubscribe_tokens_created_idx` ON `unsubscribe_tokens` (`created_at`);--> statement-breakpoint
ALTER TABLE `mail_outbox` ADD `headers` text;--> statement-breakpoint
ALTER TABLE `signups` ADD `reminded_at` integer;--> statement-breakpoint
ALTER TABLE `users` ADD `follow_mails` text DEFAULT 'weekly' NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `staff_mails` text DEFAULT 'direct' NOT NULL;