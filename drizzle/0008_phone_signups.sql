CREATE TABLE `sms_outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`to` text NOT NULL,
	`text` text NOT NULL,
	`sent_at` integer,
	`attempts` integer DEFAULT 0 NOT NULL,
	`last_error` text,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `sms_outbox_pending_idx` ON `sms_outbox` (`sent_at`,`id`);--> statement-breakpoint
CREATE INDEX `sms_outbox_to_idx` ON `sms_outbox` (`to`);--> statement-breakpoint
ALTER TABLE `signups` ADD `cancel_code_hash` text;--> statement-breakpoint
ALTER TABLE `signups` ADD `on_behalf_by_id` text REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null;--> statement-breakpoint
CREATE UNIQUE INDEX `signups_one_active_per_phone` ON `signups` (`activity_id`,`phone`) WHERE "signups"."status" != 'geannuleerd' AND "signups"."phone" IS NOT NULL AND "signups"."email" IS NULL;--> statement-breakpoint
CREATE INDEX `signups_phone_idx` ON `signups` (`phone`);--> statement-breakpoint
CREATE INDEX `signups_on_behalf_by_idx` ON `signups` (`on_behalf_by_id`);