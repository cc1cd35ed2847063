CREATE TABLE `accounts` (
	`user_id` text NOT NULL,
	`type` text NOT NULL,
	`provider` text NOT NULL,
	`provider_account_id` text NOT NULL,
	`refresh_token` text,
	`access_token` text,
	`expires_at` integer,
	`token_type` text,
	`scope` text,
	`id_token` text,
	`session_state` text,
	PRIMARY KEY(`provider`, `provider_account_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `activities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`wijk_id` integer NOT NULL,
	`address` text NOT NULL,
	`starts_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	`places` integer NOT NULL,
	`max_party_size` integer DEFAULT 6 NOT NULL,
	`signup_deadline` integer NOT NULL,
	`series_id` integer,
	`initiative_id` integer,
	`cancelled_at` integer,
	`created_by_id` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`wijk_id`) REFERENCES `wijken`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`series_id`) REFERENCES `activity_series`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`initiative_id`) REFERENCES `initiatives`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "activities_places_positive" CHECK("activities"."places" >= 1),
	CONSTRAINT "activities_party_size_positive" CHECK("activities"."max_party_size" >= 1),
	CONSTRAINT "activities_end_after_start" CHECK("activities"."ends_at" > "activities"."starts_at")
);
--> statement-breakpoint
CREATE INDEX `activities_starts_idx` ON `activities` (`starts_at`);--> statement-breakpoint
CREATE INDEX `activities_wijk_idx` ON `activities` (`wijk_id`,`starts_at`);--> statement-breakpoint
CREATE INDEX `activities_series_idx` ON `activities` (`series_id`,`starts_at`);--> statement-breakpoint
CREATE TABLE `activity_series` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`one_signup_per_email` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `activity_series_name_unique` ON `activity_series` (`name`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`actor_id` text,
	`action` text NOT NULL,
	`target_type` text NOT NULL,
	`target_id` text NOT NULL,
	`details` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `audit_log_created_idx` ON `audit_log` (`created_at`);--> statement-breakpoint
CREATE INDEX `audit_log_target_idx` ON `audit_log` (`target_type`,`target_id`);--> statement-breakpoint
CREATE TABLE `backings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`initiative_id` integer NOT NULL,
	`user_id` text,
	`help_offered` integer DEFAULT false NOT NULL,
	`help_note` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`initiative_id`) REFERENCES `initiatives`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `backings_one_per_resident` ON `backings` (`initiative_id`,`user_id`);--> statement-breakpoint
CREATE INDEX `backings_user_created_idx` ON `backings` (`user_id`,`created_at`,`help_offered`);--> statement-breakpoint
CREATE INDEX `backings_created_idx` ON `backings` (`created_at`);--> statement-breakpoint
CREATE TABLE `comments` (
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
CREATE INDEX `comments_initiative_idx` ON `comments` (`initiative_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `initiative_status_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`initiative_id` integer NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`actor_id` text,
	`note` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`initiative_id`) REFERENCES `initiatives`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `status_changes_initiative_idx` ON `initiative_status_changes` (`initiative_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `initiatives` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`pitch` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`wijk_id` integer NOT NULL,
	`theme_id` integer NOT NULL,
	`needs_help` integer DEFAULT false NOT NULL,
	`needs_place` integer DEFAULT false NOT NULL,
	`needs_materials` integer DEFAULT false NOT NULL,
	`needs_money` integer DEFAULT false NOT NULL,
	`money_amount_euros` integer,
	`photo_path` text,
	`status` text DEFAULT 'concept' NOT NULL,
	`initiator_id` text,
	`on_behalf_name` text,
	`on_behalf_contact` text,
	`on_behalf_by_id` text,
	`coach_id` text,
	`submitted_at` integer,
	`answer_due_at` integer,
	`published_at` integer,
	`result` text,
	`hidden_at` integer,
	`backing_count` integer DEFAULT 0 NOT NULL,
	`helper_count` integer DEFAULT 0 NOT NULL,
	`paper_count` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`wijk_id`) REFERENCES `wijken`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`theme_id`) REFERENCES `themes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`initiator_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`on_behalf_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`coach_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "initiatives_money_amount_range" CHECK("initiatives"."money_amount_euros" IS NULL OR ("initiatives"."money_amount_euros" BETWEEN 1 AND 25000))
);
--> statement-breakpoint
CREATE INDEX `initiatives_status_published_idx` ON `initiatives` (`status`,`published_at`);--> statement-breakpoint
CREATE INDEX `initiatives_wijk_idx` ON `initiatives` (`wijk_id`,`status`);--> statement-breakpoint
CREATE INDEX `initiatives_theme_idx` ON `initiatives` (`theme_id`,`status`);--> statement-breakpoint
CREATE INDEX `initiatives_initiator_idx` ON `initiatives` (`initiator_id`);--> statement-breakpoint
CREATE INDEX `initiatives_coach_idx` ON `initiatives` (`coach_id`);--> statement-breakpoint
CREATE INDEX `initiatives_submitted_idx` ON `initiatives` (`status`,`submitted_at`);--> statement-breakpoint
CREATE INDEX `initiatives_support_idx` ON `initiatives` (`status`,("backing_count" + "paper_count"));--> statement-breakpoint
CREATE TABLE `mail_outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`to` text NOT NULL,
	`subject` text NOT NULL,
	`text` text NOT NULL,
	`html` text NOT NULL,
	`attachments` text,
	`sent_at` integer,
	`attempts` integer DEFAULT 0 NOT NULL,
	`last_error` text,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `mail_outbox_pending_idx` ON `mail_outbox` (`sent_at`,`id`);--> statement-breakpoint
CREATE TABLE `paper_backings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`initiative_id` integer NOT NULL,
	`count` integer NOT NULL,
	`names` text,
	`registered_by_id` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`initiative_id`) REFERENCES `initiatives`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`registered_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "paper_backings_count_positive" CHECK("paper_backings"."count" > 0)
);
--> statement-breakpoint
CREATE INDEX `paper_backings_initiative_idx` ON `paper_backings` (`initiative_id`);--> statement-breakpoint
CREATE TABLE `rate_limit_hits` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`bucket` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `rate_limit_bucket_idx` ON `rate_limit_hits` (`bucket`,`created_at`);--> statement-breakpoint
CREATE TABLE `reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`initiative_id` integer NOT NULL,
	`comment_id` integer,
	`reporter_id` text NOT NULL,
	`reason` text NOT NULL,
	`note` text,
	`resolved_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`initiative_id`) REFERENCES `initiatives`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`comment_id`) REFERENCES `comments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`reporter_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reports_one_per_resident_initiative` ON `reports` (`initiative_id`,`reporter_id`) WHERE "reports"."comment_id" IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `reports_one_per_resident_comment` ON `reports` (`comment_id`,`reporter_id`) WHERE "reports"."comment_id" IS NOT NULL;--> statement-breakpoint
CREATE TABLE `sessions` (
	`session_token` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`expires` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `signups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`activity_id` integer NOT NULL,
	`user_id` text,
	`name` text NOT NULL,
	`email` text,
	`phone` text,
	`party_size` integer NOT NULL,
	`notes` text,
	`status` text NOT NULL,
	`cancel_token_hash` text,
	`is_walk_in` integer DEFAULT false NOT NULL,
	`checked_in_at` integer,
	`promoted_at` integer,
	`cancelled_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "signups_party_size_positive" CHECK("signups"."party_size" >= 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `signups_cancel_token_hash_unique` ON `signups` (`cancel_token_hash`);--> statement-breakpoint
CREATE INDEX `signups_activity_status_idx` ON `signups` (`activity_id`,`status`,`id`);--> statement-breakpoint
CREATE INDEX `signups_user_idx` ON `signups` (`user_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `signups_one_active_per_email` ON `signups` (`activity_id`,`email`) WHERE "signups"."status" != 'geannuleerd' AND "signups"."email" IS NOT NULL;--> statement-breakpoint
CREATE TABLE `themes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`leefgebied` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `themes_slug_unique` ON `themes` (`slug`);--> statement-breakpoint
CREATE UNIQUE INDEX `themes_name_unique` ON `themes` (`name`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text,
	`email` text NOT NULL,
	`email_verified` integer,
	`image` text,
	`display_name` text,
	`role` text DEFAULT 'bewoner' NOT NULL,
	`wijk_id` integer,
	`blocked_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`wijk_id`) REFERENCES `wijken`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE INDEX `users_role_idx` ON `users` (`role`);--> statement-breakpoint
CREATE INDEX `users_display_name_idx` ON `users` (`display_name`);--> statement-breakpoint
CREATE TABLE `verification_tokens` (
	`identifier` text NOT NULL,
	`token` text NOT NULL,
	`expires` integer NOT NULL,
	PRIMARY KEY(`identifier`, `token`)
);
--> statement-breakpoint
CREATE TABLE `wijken` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `wijken_slug_unique` ON `wijken` (`slug`);--> statement-breakpoint
CREATE UNIQUE INDEX `wijken_name_unique` ON `wijken` (`name`);