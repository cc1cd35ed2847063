CREATE TABLE `help_places` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`task` text NOT NULL,
	`bring` text DEFAULT '' NOT NULL,
	`wijk_id` integer NOT NULL,
	`address` text NOT NULL,
	`starts_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	`places` integer NOT NULL,
	`host_name` text NOT NULL,
	`host_id` text,
	`initiative_id` integer,
	`activity_id` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`wijk_id`) REFERENCES `wijken`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`host_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`initiative_id`) REFERENCES `initiatives`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`activity_id`) REFERENCES `activities`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "help_places_places_positive" CHECK("help_places"."places" >= 1),
	CONSTRAINT "help_places_end_after_start" CHECK("help_places"."ends_at" > "help_places"."starts_at")
);
--> statement-breakpoint
CREATE INDEX `help_places_starts_idx` ON `help_places` (`starts_at`);--> statement-breakpoint
CREATE INDEX `help_places_wijk_idx` ON `help_places` (`wijk_id`,`starts_at`);--> statement-breakpoint
CREATE INDEX `help_places_host_idx` ON `help_places` (`host_id`);--> statement-breakpoint
CREATE INDEX `help_places_initiative_idx` ON `help_places` (`initiative_id`);--> statement-breakpoint
CREATE INDEX `help_places_activity_idx` ON `help_places` (`activity_id`);--> statement-breakpoint
CREATE TABLE `help_takes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`place_id` integer NOT NULL,
	`user_id` text,
	`name` text NOT NULL,
	`phone` text,
	`status` text NOT NULL,
	`decided_at` integer,
	`came` integer,
	`skills` text DEFAULT '' NOT NULL,
	`certificate_code` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`place_id`) REFERENCES `help_places`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "help_takes_reachable" CHECK("help_takes"."user_id" IS NOT NULL OR "help_takes"."phone" IS NOT NULL)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `help_takes_certificate_code_unique` ON `help_takes` (`certificate_code`);--> statement-breakpoint
CREATE INDEX `help_takes_place_idx` ON `help_takes` (`place_id`,`status`);--> statement-breakpoint
CREATE INDEX `help_takes_user_idx` ON `help_takes` (`user_id`);--> statement-breakpoint
CREATE INDEX `help_takes_phone_idx` ON `help_takes` (`phone`);--> statement-breakpoint
CREATE UNIQUE INDEX `help_takes_one_per_user` ON `help_takes` (`place_id`,`user_id`) WHERE "help_takes"."status" != 'afgewezen' AND "help_takes"."user_id" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `help_takes_one_per_phone` ON `help_takes` (`place_id`,`phone`) WHERE "help_takes"."status" != 'afgewezen' AND "help_takes"."phone" IS NOT NULL;