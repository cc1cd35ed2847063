import { hourlyLimit } from "@/lib/platform/rate-limit/hourly";

/** Following and unfollowing ideas. */
export const FOLLOW_LIMIT = hourlyLimit("follow", { perUser: 60, perIp: 500 });
