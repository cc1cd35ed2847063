ALTER TABLE `cache_tags` ADD `counts_from` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `cache_tags` ADD `counted_seq` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `cache_tags` ADD `counted_from` integer DEFAULT 0 NOT NULL;