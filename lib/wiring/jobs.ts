import { ACTIVITY_JOBS } from "@/lib/activities/jobs";
import { EFFECT_JOBS } from "@/lib/effect/jobs";
import { INITIATIVE_JOBS } from "@/lib/initiatives/jobs";
import { MEEDOEN_JOBS } from "@/lib/meedoen/jobs";
import { NOTIFICATION_JOBS } from "@/lib/notifications/jobs";
import { PLATFORM_JOBS } from "@/lib/platform/jobs/platform-jobs";
import type { RecurringJob } from "@/lib/platform/jobs/recurring";
import { PRIVACY_JOBS } from "@/lib/privacy/jobs";
import { PROJECT_JOBS } from "@/lib/projects/jobs";
import { TRAJECTORY_JOBS } from "@/lib/trajectories/jobs";

/** Every recurring job of the site: the platform's own and what each domain declares. */
export const ALL_JOBS: readonly RecurringJob[] = [...PLATFORM_JOBS, ...ACTIVITY_JOBS, ...EFFECT_JOBS, ...INITIATIVE_JOBS, ...MEEDOEN_JOBS, ...NOTIFICATION_JOBS, ...PRIVACY_JOBS, ...PROJECT_JOBS, ...TRAJECTORY_JOBS];
