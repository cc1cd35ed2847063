CREATE TABLE `trajectory_codes` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`trajectory_id` integer NOT NULL,
	`code_hash` text NOT NULL,
	`wrong_tries` integer DEFAULT 0 NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`trajectory_id`) REFERENCES `trajectories`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `trajectory_codes_trajectory_idx` ON `trajectory_codes` (`trajectory_id`);--> statement-breakpoint
CREATE INDEX `trajectory_codes_expires_idx` ON `trajectory_codes` (`expires_at`);