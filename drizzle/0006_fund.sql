CREATE TABLE `budget_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`initiative_id` integer NOT NULL,
	`what_for` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`initiative_id`) REFERENCES `initiatives`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "budget_lines_amount_positive" CHECK("budget_lines"."amount_cents" > 0)
);
--> statement-breakpoint
CREATE INDEX `budget_lines_initiative_idx` ON `budget_lines` (`initiative_id`);--> statement-breakpoint
CREATE TABLE `fund_advices` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`initiative_id` integer NOT NULL,
	`author_id` text,
	`text` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`initiative_id`) REFERENCES `initiatives`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `fund_advices_initiative_idx` ON `fund_advices` (`initiative_id`);--> statement-breakpoint
CREATE INDEX `fund_advices_author_idx` ON `fund_advices` (`author_id`);--> statement-breakpoint
CREATE TABLE `fund_budgets` (
	`fund_id` integer NOT NULL,
	`year` integer NOT NULL,
	`amount_cents` integer NOT NULL,
	PRIMARY KEY(`fund_id`, `year`),
	FOREIGN KEY (`fund_id`) REFERENCES `funds`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "fund_budgets_amount_range" CHECK("fund_budgets"."amount_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE `fund_payments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`grant_id` integer NOT NULL,
	`on_date` integer NOT NULL,
	`amount_cents` integer NOT NULL,
	`by_id` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`grant_id`) REFERENCES `grants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "fund_payments_amount_positive" CHECK("fund_payments"."amount_cents" > 0)
);
--> statement-breakpoint
CREATE INDEX `fund_payments_grant_idx` ON `fund_payments` (`grant_id`);--> statement-breakpoint
CREATE INDEX `fund_payments_by_idx` ON `fund_payments` (`by_id`);--> statement-breakpoint
CREATE TABLE `fund_returns` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`grant_id` integer NOT NULL,
	`on_date` integer NOT NULL,
	`amount_cents` integer NOT NULL,
	`by_id` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`grant_id`) REFERENCES `grants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "fund_returns_amount_positive" CHECK("fund_returns"."amount_cents" > 0)
);
--> statement-breakpoint
CREATE INDEX `fund_returns_grant_idx` ON `fund_returns` (`grant_id`);--> statement-breakpoint
CREATE INDEX `fund_returns_by_idx` ON `fund_returns` (`by_id`);--> statement-breakpoint
CREATE TABLE `fund_spendings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`grant_id` integer NOT NULL,
	`on_date` integer NOT NULL,
	`amount_cents` integer NOT NULL,
	`by_id` text,
	`created_at` integer NOT NULL,
	`what_for` text NOT NULL,
	`receipt_photo` text,
	FOREIGN KEY (`grant_id`) REFERENCES `grants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "fund_spendings_amount_positive" CHECK("fund_spendings"."amount_cents" > 0)
);
--> statement-breakpoint
CREATE INDEX `fund_spendings_grant_idx` ON `fund_spendings` (`grant_id`);--> statement-breakpoint
CREATE INDEX `fund_spendings_by_idx` ON `fund_spendings` (`by_id`);--> statement-breakpoint
CREATE INDEX `fund_spendings_receipt_idx` ON `fund_spendings` (`receipt_photo`) WHERE "fund_spendings"."receipt_photo" IS NOT NULL;--> statement-breakpoint
CREATE TABLE `funds` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`provider` text NOT NULL,
	`open` integer DEFAULT true NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `funds_name_unique` ON `funds` (`name`);--> statement-breakpoint
CREATE TABLE `grants` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`initiative_id` integer NOT NULL,
	`fund_id` integer,
	`year` integer,
	`amount_cents` integer,
	`conditions` text,
	`contact_name` text,
	`contact_email` text,
	`reason` text,
	`decided_by_id` text,
	`decided_at` integer NOT NULL,
	FOREIGN KEY (`initiative_id`) REFERENCES `initiatives`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`fund_id`) REFERENCES `funds`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "grants_granted_or_refused" CHECK(("grants"."amount_cents" IS NULL AND "grants"."reason" IS NOT NULL) OR ("grants"."amount_cents" > 0 AND "grants"."fund_id" IS NOT NULL AND "grants"."year" IS NOT NULL))
);
--> statement-breakpoint
CREATE INDEX `grants_initiative_idx` ON `grants` (`initiative_id`);--> statement-breakpoint
CREATE INDEX `grants_fund_year_idx` ON `grants` (`fund_id`,`year`);--> statement-breakpoint
CREATE INDEX `grants_decided_by_idx` ON `grants` (`decided_by_id`);--> statement-breakpoint
CREATE TABLE `initiative_results` (
	`initiative_id` integer PRIMARY KEY NOT NULL,
	`what_happened` text NOT NULL,
	`people_reached` integer NOT NULL,
	`volunteers` integer NOT NULL,
	`volunteer_hours` integer NOT NULL,
	`photos` text DEFAULT '[]' NOT NULL,
	`updated_by_id` text,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`initiative_id`) REFERENCES `initiatives`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`updated_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "initiative_results_counts" CHECK("initiative_results"."people_reached" >= 0 AND "initiative_results"."volunteers" >= 0 AND "initiative_results"."volunteer_hours" >= 0)
);
--> statement-breakpoint
CREATE INDEX `initiative_results_updated_by_idx` ON `initiative_results` (`updated_by_id`);