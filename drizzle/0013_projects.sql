CREATE TABLE `project_activities` (
	`project_id` integer NOT NULL,
	`activity_id` integer NOT NULL,
	PRIMARY KEY(`project_id`, `activity_id`),
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `project_activities_activity_idx` ON `project_activities` (`activity_id`);--> statement-breakpoint
CREATE TABLE `project_feedback` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`topic` text NOT NULL,
	`outcome` text NOT NULL,
	`reason` text NOT NULL,
	`sent_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `project_feedback_project_idx` ON `project_feedback` (`project_id`);--> statement-breakpoint
CREATE TABLE `project_follows` (
	`project_id` integer NOT NULL,
	`user_id` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`project_id`, `user_id`),
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `project_follows_user_idx` ON `project_follows` (`user_id`);--> statement-breakpoint
CREATE TABLE `project_members` (
	`project_id` integer NOT NULL,
	`user_id` text NOT NULL,
	PRIMARY KEY(`project_id`, `user_id`),
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `project_members_user_idx` ON `project_members` (`user_id`);--> statement-breakpoint
CREATE TABLE `project_phases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`phase` text NOT NULL,
	`starts_on` text NOT NULL,
	`ends_on` text NOT NULL,
	`ask` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "project_phases_dates" CHECK("project_phases"."ends_on" >= "project_phases"."starts_on")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `project_phases_unique` ON `project_phases` (`project_id`,`phase`);--> statement-breakpoint
CREATE TABLE `project_wijken` (
	`project_id` integer NOT NULL,
	`wijk_id` integer NOT NULL,
	PRIMARY KEY(`project_id`, `wijk_id`),
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`wijk_id`) REFERENCES `wijken`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `project_wijken_wijk_idx` ON `project_wijken` (`wijk_id`);--> statement-breakpoint
CREATE TABLE `projects` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`summary` text NOT NULL,
	`invited_how` text DEFAULT '' NOT NULL,
	`decision` text DEFAULT '' NOT NULL,
	`created_by_id` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `projects_created_by_idx` ON `projects` (`created_by_id`);--> statement-breakpoint
CREATE TABLE `population_counts` (
	`wijk_id` integer NOT NULL,
	`age_group` text NOT NULL,
	`count` integer NOT NULL,
	`source` text NOT NULL,
	PRIMARY KEY(`wijk_id`, `age_group`),
	FOREIGN KEY (`wijk_id`) REFERENCES `wijken`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "population_counts_count" CHECK("population_counts"."count" >= 0)
);
--> statement-breakpoint
CREATE TABLE `survey_answered` (
	`survey_id` integer NOT NULL,
	`who_hash` text NOT NULL,
	PRIMARY KEY(`survey_id`, `who_hash`),
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `survey_answers` (
	`response_id` integer NOT NULL,
	`question_id` integer NOT NULL,
	`value` text NOT NULL,
	PRIMARY KEY(`response_id`, `question_id`),
	FOREIGN KEY (`response_id`) REFERENCES `survey_responses`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`question_id`) REFERENCES `survey_questions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `survey_answers_question_idx` ON `survey_answers` (`question_id`);--> statement-breakpoint
CREATE TABLE `survey_drafts` (
	`survey_id` integer NOT NULL,
	`device_hash` text NOT NULL,
	`answers` text NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`survey_id`, `device_hash`),
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `survey_drafts_updated_idx` ON `survey_drafts` (`updated_at`);--> statement-breakpoint
CREATE TABLE `survey_questions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`survey_id` integer NOT NULL,
	`position` integer NOT NULL,
	`kind` text NOT NULL,
	`prompt` text NOT NULL,
	`options` text NOT NULL,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `survey_questions_survey_idx` ON `survey_questions` (`survey_id`,`position`);--> statement-breakpoint
CREATE TABLE `survey_reach` (
	`survey_id` integer NOT NULL,
	`wijk_id` integer NOT NULL,
	`age_group` text NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`survey_id`, `wijk_id`, `age_group`),
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `survey_responses` (
	`id` integer PRIMARY KEY NOT NULL,
	`survey_id` integer NOT NULL,
	`source` text NOT NULL,
	`day` text NOT NULL,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `survey_responses_survey_idx` ON `survey_responses` (`survey_id`);--> statement-breakpoint
CREATE TABLE `surveys` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`owner_kind` text NOT NULL,
	`owner_id` integer NOT NULL,
	`title` text NOT NULL,
	`opens_at` integer NOT NULL,
	`closes_at` integer NOT NULL,
	`asks_profile` integer DEFAULT true NOT NULL,
	`created_at` integer NOT NULL,
	CONSTRAINT "surveys_window" CHECK("surveys"."closes_at" > "surveys"."opens_at")
);
--> statement-breakpoint
CREATE INDEX `surveys_owner_idx` ON `surveys` (`owner_kind`,`owner_id`);