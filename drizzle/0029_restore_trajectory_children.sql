-- Puts back what the rebuild of `trajectories` (previous migration) cascaded away; see 0027.
INSERT OR IGNORE INTO `trajectory_reviews` SELECT * FROM temp.`keep_trajectory_reviews`;--> statement-breakpoint
INSERT OR IGNORE INTO `trajectory_notes` SELECT * FROM temp.`keep_trajectory_notes`;--> statement-breakpoint
INSERT OR IGNORE INTO `trajectory_access` SELECT * FROM temp.`keep_trajectory_access`;--> statement-breakpoint
DROP TABLE temp.`keep_trajectory_reviews`;--> statement-breakpoint
DROP TABLE temp.`keep_trajectory_notes`;--> statement-breakpoint
DROP TABLE temp.`keep_trajectory_access`;
