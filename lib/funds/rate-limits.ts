import { hourlyLimit } from "@/lib/platform/rate-limit/hourly";

/** The initiator's money steps: budget lines, spending, returns. */
export const MONEY_LIMIT = hourlyLimit("money", { perUser: 60, perIp: 200 });
