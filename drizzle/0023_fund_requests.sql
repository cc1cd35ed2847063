CREATE TABLE `fund_requests` (
	`initiative_id` integer PRIMARY KEY NOT NULL,
	`sent_at` integer NOT NULL,
	`advice_due_at` integer NOT NULL,
	`advised_at` integer,
	`decision_due_at` integer,
	`decided_at` integer,
	FOREIGN KEY (`initiative_id`) REFERENCES `initiatives`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `fund_requests_waiting_idx` ON `fund_requests` (`decided_at`,`advised_at`);