-- The next migration rebuilds `trajectories` (client_id becomes nullable). Migrations run in one
-- transaction, where PRAGMA foreign_keys=OFF has no effect: its DROP TABLE would cascade to the
-- reviews, notes and access records. They are kept here and put back in the migration after it.
CREATE TEMP TABLE `keep_trajectory_reviews` AS SELECT * FROM `trajectory_reviews`;--> statement-breakpoint
CREATE TEMP TABLE `keep_trajectory_notes` AS SELECT * FROM `trajectory_notes`;--> statement-breakpoint
CREATE TEMP TABLE `keep_trajectory_access` AS SELECT * FROM `trajectory_access`;
