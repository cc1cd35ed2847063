DROP INDEX `status_changes_initiative_idx`;--> statement-breakpoint
CREATE INDEX `status_changes_reached_idx` ON `initiative_status_changes` (`initiative_id`,`to_status`);--> statement-breakpoint
DROP INDEX `initiatives_initiator_idx`;--> statement-breakpoint
CREATE INDEX `initiatives_initiator_submitted_idx` ON `initiatives` (`initiator_id`,`submitted_at`,`wijk_id`);--> statement-breakpoint
CREATE INDEX `initiatives_submitted_at_idx` ON `initiatives` (`submitted_at`,`wijk_id`,`status`);--> statement-breakpoint
CREATE INDEX `initiatives_public_newest_idx` ON `initiatives` (`published_at`) WHERE (+"initiatives"."status" in ('zoekt_steun', 'in_uitvoering', 'gerealiseerd') and "initiatives"."hidden_at" is null);--> statement-breakpoint
CREATE INDEX `initiatives_public_wijk_idx` ON `initiatives` (`wijk_id`,`published_at`) WHERE (+"initiatives"."status" in ('zoekt_steun', 'in_uitvoering', 'gerealiseerd') and "initiatives"."hidden_at" is null);--> statement-breakpoint
CREATE INDEX `initiatives_public_theme_idx` ON `initiatives` (`theme_id`,`published_at`) WHERE (+"initiatives"."status" in ('zoekt_steun', 'in_uitvoering', 'gerealiseerd') and "initiatives"."hidden_at" is null);--> statement-breakpoint
CREATE INDEX `initiatives_public_support_idx` ON `initiatives` (("backing_count" + "paper_count")) WHERE (+"initiatives"."status" in ('zoekt_steun', 'in_uitvoering', 'gerealiseerd') and "initiatives"."hidden_at" is null);--> statement-breakpoint
DROP INDEX `signups_activity_status_idx`;--> statement-breakpoint
CREATE INDEX `signups_activity_people_idx` ON `signups` (`activity_id`,`status`,`is_walk_in`,`party_size`,`checked_in_at`);--> statement-breakpoint
CREATE INDEX `signups_email_idx` ON `signups` (`email`);--> statement-breakpoint
DROP INDEX `backings_created_idx`;--> statement-breakpoint
CREATE INDEX `backings_initiative_created_idx` ON `backings` (`initiative_id`,`created_at`,`help_offered`);--> statement-breakpoint
CREATE INDEX `backings_created_idx` ON `backings` (`created_at`,`help_offered`);--> statement-breakpoint
CREATE INDEX `activities_duration_idx` ON `activities` (("ends_at" - "starts_at"));--> statement-breakpoint
CREATE INDEX `users_not_counted_idx` ON `users` (`id`) WHERE ("users"."role" != 'bewoner' or "users"."blocked_at" is not null);