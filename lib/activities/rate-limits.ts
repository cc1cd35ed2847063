import { hourlyLimit, hourlyLimitRules, limitFromEnv } from "@/lib/platform/rate-limit/hourly";
import { DAY, HOUR, type RateLimitRule } from "@/lib/platform/rate-limit/limiter";
import { limitNetwork } from "@/lib/platform/security/client-address";

/** Sign-ups: 10 per e-mail address and 200 per network an hour. */
export const SIGNUP_LIMIT = hourlyLimit("signup", { perUser: 10, perIp: 200 }, "EMAIL");

/** At most this many "you were already signed up" mails per address per hour. */
export const REPEAT_SIGNUP_MAILS_PER_HOUR = 3;

/**
 * A sign-up with an address that already has one (or has a date of a one-per-address series) counts
 * only against the client's IP, never against the address: the answer is the same as for a new
 * sign-up, so a stranger posting someone's address would otherwise use up that person's hourly
 * sign-ups without anyone noticing. What protects the owner instead is the mail limit: the mail
 * with their details goes out at most a few times an hour; after that the form answers as usual
 * and sends nothing. New sign-ups keep the address limit, because each one mails the address.
 */
export function repeatSignupRules(email: string, ip: string): { ip: RateLimitRule[]; mail: RateLimitRule[] } {
  const [, ipRule] = hourlyLimitRules(SIGNUP_LIMIT, email, ip);
  return {
    ip: [ipRule!],
    mail: [{ bucket: `signup-repeat-mail:${email}`, limit: REPEAT_SIGNUP_MAILS_PER_HOUR, windowMs: HOUR }],
  };
}

/**
 * Tries of a cancel code from a text message, per connection (the same code tried on many numbers).
 * Every try counts, right or wrong, before the code is looked at. There is no limit per number:
 * strangers could use it to block the owner's right code. Wrong tries count on the code itself
 * instead (CANCEL_CODE_TRIES in lib/activities/commands/code-cancel.ts).
 */
export function cancelCodeRules(ip: string): RateLimitRule[] {
  return [{ bucket: `cancel-code-ip:${limitNetwork(ip)}`, limit: limitFromEnv("CANCEL_CODE_LIMIT_PER_IP", 30), windowMs: HOUR }];
}

/**
 * Text messages that a visitor's request sends to one number (a sign-up, a repeat sign-up): at
 * most SMS_LIMIT_PER_NUMBER (5) in 24 hours, whoever asks and from whatever network.
 */
export function textsPerNumberRule(phone: string): RateLimitRule {
  return { bucket: `sms-number:${phone}`, limit: limitFromEnv("SMS_LIMIT_PER_NUMBER", 5), windowMs: DAY };
}

/** Activities one initiator may create in a week (ORGANIZER_LIMIT_PER_WEEK), counted in the create's transaction. */
export function organizerWeekRule(userId: string): RateLimitRule {
  return { bucket: `organizer-activity:${userId}`, limit: limitFromEnv("ORGANIZER_LIMIT_PER_WEEK", 3), windowMs: 7 * DAY };
}

/** Messages an organiser sends to everyone signed up: one per activity and 3 in all per day. */
export function organizerMessageRules(userId: string, activityId: number): RateLimitRule[] {
  return [
    { bucket: `organizer-message:${activityId}`, limit: 1, windowMs: DAY },
    { bucket: `organizer-message-user:${userId}`, limit: limitFromEnv("ORGANIZER_MESSAGE_LIMIT_PER_USER", 3), windowMs: DAY },
  ];
}
