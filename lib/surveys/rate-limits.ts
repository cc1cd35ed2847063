import { hourlyLimit } from "@/lib/platform/rate-limit/hourly";

/** A sent vragenlijst, per device and per network: a flood from one network stops here. */
export const SURVEY_LIMIT = hourlyLimit("survey", { perUser: 10, perIp: 200 }, "DEVICE");
