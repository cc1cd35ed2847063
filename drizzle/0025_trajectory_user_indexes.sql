CREATE INDEX `trajectories_consent_by_idx` ON `trajectories` (`consent_by_id`);--> statement-breakpoint
CREATE INDEX `trajectory_access_coach_idx` ON `trajectory_access` (`coach_id`);