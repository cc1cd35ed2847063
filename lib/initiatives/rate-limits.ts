import { hourlyLimit } from "@/lib/platform/rate-limit/hourly";

/** Backing, withdrawing and offering help: 60 a person, 500 a network an hour. */
export const BACKING_LIMIT = hourlyLimit("backing", { perUser: 60, perIp: 500 });
export const COMMENT_LIMIT = hourlyLimit("comment", { perUser: 30, perIp: 200 });
export const REPORT_LIMIT = hourlyLimit("report", { perUser: 30, perIp: 100 });
/** Proposing and changing ideas. */
export const PROPOSAL_LIMIT = hourlyLimit("proposal", { perUser: 20, perIp: 60 });
