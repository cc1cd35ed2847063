CREATE TABLE `project_contacts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`project_id` integer NOT NULL,
	`email` text,
	`phone` text,
	`consent_text` text NOT NULL,
	`created_on` text NOT NULL,
	`stop_token_hash` text NOT NULL,
	FOREIGN KEY (`project_id`) REFERENCES `projects`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "project_contacts_one_way" CHECK(("project_contacts"."email" is null) <> ("project_contacts"."phone" is null)),
	CONSTRAINT "project_contacts_day" CHECK("project_contacts"."created_on" glob '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
);
--> statement-breakpoint
CREATE UNIQUE INDEX `project_contacts_email_unique` ON `project_contacts` (`project_id`,`email`);--> statement-breakpoint
CREATE UNIQUE INDEX `project_contacts_phone_unique` ON `project_contacts` (`project_id`,`phone`);--> statement-breakpoint
CREATE UNIQUE INDEX `project_contacts_stop_unique` ON `project_contacts` (`stop_token_hash`);