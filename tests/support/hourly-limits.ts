import { SIGNUP_LIMIT } from "@/lib/activities/rate-limits";
import { MONEY_LIMIT } from "@/lib/funds/rate-limits";
import { BACKING_LIMIT, COMMENT_LIMIT, PROPOSAL_LIMIT, REPORT_LIMIT } from "@/lib/initiatives/rate-limits";
import { FOLLOW_LIMIT } from "@/lib/notifications/rate-limits";
import { SIGN_IN_LIMIT } from "@/lib/platform/auth/sign-in-limits";
import { SURVEY_LIMIT } from "@/lib/surveys/rate-limits";
import { UPDATE_LIMIT } from "@/lib/updates/rate-limits";

/** Every hourly write limit the domains declare, for tests that try them all. */
export const ALL_HOURLY_LIMITS = [SIGN_IN_LIMIT, SIGNUP_LIMIT, BACKING_LIMIT, COMMENT_LIMIT, REPORT_LIMIT, PROPOSAL_LIMIT, FOLLOW_LIMIT, UPDATE_LIMIT, MONEY_LIMIT, SURVEY_LIMIT];
