ALTER TABLE `reports` ADD `range_key` text;--> statement-breakpoint
ALTER TABLE `users` ADD `blocked_reason` text;