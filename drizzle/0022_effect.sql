CREATE TABLE `feedback_invites` (
	`signup_id` integer PRIMARY KEY NOT NULL,
	`token_hash` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`signup_id`) REFERENCES `signups`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`token_hash`) REFERENCES `survey_links`(`token_hash`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `feedback_invites_token_hash_unique` ON `feedback_invites` (`token_hash`);--> statement-breakpoint
CREATE TABLE `monitor_rounds` (
	`year` integer PRIMARY KEY NOT NULL,
	`opens_at` integer NOT NULL,
	`closes_at` integer NOT NULL,
	`invited_at` integer,
	`created_at` integer NOT NULL,
	CONSTRAINT "monitor_rounds_window" CHECK("monitor_rounds"."closes_at" > "monitor_rounds"."opens_at")
);
--> statement-breakpoint
CREATE TABLE `monitor_surveys` (
	`year` integer NOT NULL,
	`wijk_id` integer NOT NULL,
	`survey_id` integer NOT NULL,
	PRIMARY KEY(`year`, `wijk_id`),
	FOREIGN KEY (`year`) REFERENCES `monitor_rounds`(`year`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`wijk_id`) REFERENCES `wijken`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `monitor_surveys_survey_idx` ON `monitor_surveys` (`survey_id`);--> statement-breakpoint
CREATE TABLE `survey_links` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`survey_id` integer NOT NULL,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `survey_links_survey_idx` ON `survey_links` (`survey_id`);