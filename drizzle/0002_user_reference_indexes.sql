CREATE INDEX `accounts_user_idx` ON `accounts` (`user_id`);--> statement-breakpoint
CREATE INDEX `activities_created_by_idx` ON `activities` (`created_by_id`);--> statement-breakpoint
CREATE INDEX `audit_log_actor_idx` ON `audit_log` (`actor_id`);--> statement-breakpoint
CREATE INDEX `comments_author_idx` ON `comments` (`author_id`);--> statement-breakpoint
CREATE INDEX `status_changes_actor_idx` ON `initiative_status_changes` (`actor_id`);--> statement-breakpoint
CREATE INDEX `initiatives_on_behalf_by_idx` ON `initiatives` (`on_behalf_by_id`);--> statement-breakpoint
CREATE INDEX `initiatives_photo_idx` ON `initiatives` (`photo_path`) WHERE "initiatives"."photo_path" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `paper_backings_registered_by_idx` ON `paper_backings` (`registered_by_id`);--> statement-breakpoint
CREATE INDEX `reports_reporter_idx` ON `reports` (`reporter_id`);