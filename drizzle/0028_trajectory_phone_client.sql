PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_trajectories` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` text,
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
	CONSTRAINT "trajectories_client_known" CHECK("__new_trajectories"."client_id" is not null or "__new_trajectories"."client_phone" is not null),
	CONSTRAINT "trajectories_start_step" CHECK("__new_trajectories"."start_step" between 1 and 6),
	CONSTRAINT "trajectories_hours" CHECK("__new_trajectories"."hours_per_week" between 1 and 40),
	CONSTRAINT "trajectories_outcome_when_ended" CHECK(("__new_trajectories"."ended_on" is null) = ("__new_trajectories"."outcome" is null))
);
--> statement-breakpoint
INSERT INTO `__new_trajectories`("id", "client_id", "coach_id", "client_phone", "starts_on", "planned_end_on", "hours_per_week", "kind", "client_group", "start_step", "consent_text", "consent_at", "consent_by_id", "consent_by_name", "next_review_on", "review_reminded_on", "ended_on", "outcome", "created_at") SELECT "id", "client_id", "coach_id", "client_phone", "starts_on", "planned_end_on", "hours_per_week", "kind", "client_group", "start_step", "consent_text", "consent_at", "consent_by_id", "consent_by_name", "next_review_on", "review_reminded_on", "ended_on", "outcome", "created_at" FROM `trajectories`;--> statement-breakpoint
DROP TABLE `trajectories`;--> statement-breakpoint
ALTER TABLE `__new_trajectories` RENAME TO `trajectories`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `trajectories_coach_idx` ON `trajectories` (`coach_id`,`ended_on`);--> statement-breakpoint
CREATE INDEX `trajectories_client_idx` ON `trajectories` (`client_id`);--> statement-breakpoint
CREATE INDEX `trajectories_review_idx` ON `trajectories` (`next_review_on`);--> statement-breakpoint
CREATE INDEX `trajectories_ended_idx` ON `trajectories` (`ended_on`);--> statement-breakpoint
CREATE INDEX `trajectories_consent_by_idx` ON `trajectories` (`consent_by_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `trajectories_one_open_per_phone` ON `trajectories` (`client_phone`) WHERE "trajectories"."ended_on" is null and "trajectories"."client_phone" is not null;