import { hourlyLimit } from "@/lib/platform/rate-limit/hourly";

/** Progress updates on ideas. */
export const UPDATE_LIMIT = hourlyLimit("update", { perUser: 20, perIp: 100 });
