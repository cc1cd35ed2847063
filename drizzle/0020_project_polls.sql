CREATE TABLE `project_poll_codes` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`poll_id` integer NOT NULL,
	`voter_hash` text NOT NULL,
	`code_hash` text NOT NULL,
	`wrong_tries` integer DEFAULT 0 NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`poll_id`) REFERENCES `project_polls`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `project_poll_codes_expires_idx` ON `project_poll_codes` (`expires_at`);--> statement-breakpoint
CREATE TABLE `project_poll_marks` (
	`ballot_id` integer NOT NULL,
	`poll_id` integer NOT NULL,
	`option_id` integer NOT NULL,
	PRIMARY KEY(`ballot_id`, `option_id`),
	FOREIGN KEY (`poll_id`) REFERENCES `project_polls`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`option_id`) REFERENCES `project_poll_options`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `project_poll_marks_poll_idx` ON `project_poll_marks` (`poll_id`,`option_id`);--> statement-breakpoint
CREATE TABLE `project_poll_options` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`poll_id` integer NOT NULL,
	`label` text NOT NULL,
	`photo` text,
	FOREIGN KEY (`poll_id`) REFERENCES `project_polls`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `project_poll_options_poll_idx` ON `project_poll_options` (`poll_id`);--> statement-breakpoint
CREATE TABLE `project_poll_voters` (
	`poll_id` integer NOT NULL,
	`voter_hash` text NOT NULL,
	PRIMARY KEY(`poll_id`, `voter_hash`),
	FOREIGN KEY (`poll_id`) REFERENCES `project_polls`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `project_polls` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`question` text NOT NULL,
	`max_choices` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "project_polls_max" CHECK("project_polls"."max_choices" >= 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `project_polls_project_unique` ON `project_polls` (`project_id`);--> statement-breakpoint
ALTER TABLE `projects` ADD `image` text;--> statement-breakpoint
ALTER TABLE `projects` ADD `image_alt` text DEFAULT '' NOT NULL;