CREATE TABLE `trajectories` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` text NOT NULL,
	`coach_id` text,
	`client_phone` text,
	`starts_on` text NOT NULL,
	`planned_end_on` text NOT NULL,
	`hours_per_week` integer NOT NULL,
	`kind` text NOT NULL,
	`client_group` text NOT NULL,
	`start_step` integer NOT NULL,
	`consent_text` text NOT NULL,
	`consent_at` integer NOT NULL,
	`consent_by_id` text,
	`consent_by_name` text NOT NULL,
	`next_review_on` text NOT NULL,
	`review_reminded_on` text,
	`ended_on` text,
	`outcome` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`coach_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`consent_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "trajectories_start_step" CHECK("trajectories"."start_step" between 1 and 6),
	CONSTRAINT "trajectories_hours" CHECK("trajectories"."hours_per_week" between 1 and 40),
	CONSTRAINT "trajectories_outcome_when_ended" CHECK(("trajectories"."ended_on" is null) = ("trajectories"."outcome" is null))
);
--> statement-breakpoint
CREATE INDEX `trajectories_coach_idx` ON `trajectories` (`coach_id`,`ended_on`);--> statement-breakpoint
CREATE INDEX `trajectories_client_idx` ON `trajectories` (`client_id`);--> statement-breakpoint
CREATE INDEX `trajectories_review_idx` ON `trajectories` (`next_review_on`);--> statement-breakpoint
CREATE INDEX `trajectories_ended_idx` ON `trajectories` (`ended_on`);--> statement-breakpoint
CREATE TABLE `trajectory_access` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`trajectory_id` integer NOT NULL,
	`coach_id` text,
	`coach_name` text NOT NULL,
	`what` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`trajectory_id`) REFERENCES `trajectories`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`coach_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `trajectory_access_trajectory_idx` ON `trajectory_access` (`trajectory_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `trajectory_notes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`trajectory_id` integer NOT NULL,
	`note` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`trajectory_id`) REFERENCES `trajectories`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `trajectory_notes_trajectory_idx` ON `trajectory_notes` (`trajectory_id`);--> statement-breakpoint
CREATE TABLE `trajectory_reviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`trajectory_id` integer NOT NULL,
	`on` text NOT NULL,
	`step` integer NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`trajectory_id`) REFERENCES `trajectories`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "trajectory_reviews_step" CHECK("trajectory_reviews"."step" between 1 and 6)
);
--> statement-breakpoint
CREATE INDEX `trajectory_reviews_trajectory_idx` ON `trajectory_reviews` (`trajectory_id`,`on`);--> statement-breakpoint
CREATE TABLE `trajectory_tally` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`started_month` text NOT NULL,
	`ended_month` text,
	`stepped_up` integer NOT NULL,
	`paid_work` integer NOT NULL
);
