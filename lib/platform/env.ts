import path from "node:path";
import { z } from "zod";

// The one reader of process.env in app/, components/ and lib/ (ESLint refuses it elsewhere; db/client.ts
// reads DATABASE_PATH itself because db/ imports nothing from lib/). Every setting is checked once,
// at start: a wrong value stops the server with the name of the variable, instead of a surprise later.

/** "" counts as not set: `SMTP_URL=` in a shell or a config file means "none". */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === "" ? undefined : value), schema.optional());
const whole = (min: number) => z.coerce.number().int().min(min);
const absoluteUrl = z.url({ protocol: /^https?$/ });

const SETTINGS = z.object({
  PORT: optional(whole(1).max(65_535)),
  AUTH_URL: optional(absoluteUrl),
  AUTH_SECRET: optional(z.string().min(16)),
  ADMIN_EMAIL: optional(z.email()),
  SMTP_URL: optional(z.string().regex(/^smtps?:\/\//, "begin met smtp:// of smtps://")),
  MAIL_FROM: optional(z.string().min(3)),
  MAIL_OUTBOX_DIR: optional(z.string()),
  SMS_URL: optional(absoluteUrl),
  SMS_TOKEN: optional(z.string()),
  SMS_OUTBOX_DIR: optional(z.string()),
  SMS_COUNTRIES: optional(z.string().regex(/^\s*[a-zA-Z]{2}(\s*,\s*[a-zA-Z]{2})*\s*$/, "landcodes met komma's, bijvoorbeeld NL,BE,DE")),
  PHOTO_DIR: optional(z.string()),
  TRUSTED_PROXIES: optional(whole(0).max(10)),
  JOBS_INTERVAL_MS: optional(whole(1_000)),
  FIGURES_MIN_GAP_MS: optional(whole(0)),
  TRAJECTORY_RETENTION_MONTHS: optional(whole(1).max(120)),
});

/** Hourly write limits (`SIGNIN_LIMIT_PER_EMAIL`, `COMMENT_LIMIT_PER_IP`, …): whole numbers of at least 1. */
const LIMIT_NAME = /^[A-Z_]+_LIMIT_PER_[A-Z]+$/;

export type Env = {
  port: number;
  /** The public address, from which every link in a mail is made. */
  siteUrl: string;
  authSecret: string | undefined;
  adminEmail: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  mailOutboxDir: string;
  smsUrl: string | undefined;
  smsToken: string | undefined;
  smsOutboxDir: string;
  /** The country codes of SMS_COUNTRIES, upper case; undefined: the default (smsCountriesOf in lib/platform/sms/phone.ts). */
  smsCountries: readonly string[] | undefined;
  photoDir: string | undefined;
  trustedProxies: number;
  jobsIntervalMs: number;
  figuresMinGapMs: number;
  /** Months after a participation trajectory ends before its details are removed (counts stay). */
  trajectoryRetentionMonths: number;
  /** Only the limits that are set; a rule falls back to its own default. */
  limits: Readonly<Record<string, number>>;
};

/** Reads the settings from an environment; throws one error that names every wrong variable. */
export function readEnv(source: Record<string, string | undefined>): Env {
  const parsed = SETTINGS.safeParse(source);
  const limitEntries = Object.entries(source).filter(([name, value]) => LIMIT_NAME.test(name) && value !== undefined && value !== "");
  const limits = z.record(z.string(), whole(1)).safeParse(Object.fromEntries(limitEntries));
  const problems = [
    ...(parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`)),
    ...(limits.success ? [] : limits.error.issues.map((issue) => `${issue.path.join(".")}: a whole number of at least 1`)),
  ];
  if (!parsed.success || !limits.success) throw new Error(`Wrong setting in the environment:\n  ${problems.join("\n  ")}`);
  const settings = parsed.data;
  const port = settings.PORT ?? 3000;
  return {
    port,
    siteUrl: new URL(settings.AUTH_URL ?? `http://localhost:${port}`).origin,
    authSecret: settings.AUTH_SECRET,
    adminEmail: settings.ADMIN_EMAIL?.trim().toLowerCase(),
    smtpUrl: settings.SMTP_URL,
    mailFrom: settings.MAIL_FROM ?? "Burgers maken Hrl-Nrd <noreply@burgersmaken.local>",
    mailOutboxDir: settings.MAIL_OUTBOX_DIR ?? path.join(process.cwd(), "data", "outbox"),
    smsUrl: settings.SMS_URL,
    smsToken: settings.SMS_TOKEN,
    smsOutboxDir: settings.SMS_OUTBOX_DIR ?? path.join(process.cwd(), "data", "sms-outbox"),
    smsCountries: settings.SMS_COUNTRIES?.split(",").map((code) => code.trim().toUpperCase()),
    photoDir: settings.PHOTO_DIR,
    trustedProxies: settings.TRUSTED_PROXIES ?? 0,
    jobsIntervalMs: settings.JOBS_INTERVAL_MS ?? 60_000,
    figuresMinGapMs: settings.FIGURES_MIN_GAP_MS ?? 5_000,
    trajectoryRetentionMonths: settings.TRAJECTORY_RETENTION_MONTHS ?? 24,
    limits: limits.data,
  };
}

/**
 * Whether this is a production build and server. Not an operator's setting: Next fixes it in its
 * bundles at build time and sets it in the server process when it starts, so it is read each time
 * (and literally, for the bundler), never cached with the settings above.
 */
export const isProduction = (): boolean => process.env.NODE_ENV === "production";

let current: Env | undefined;

/** The settings of this process, read and checked once. */
export function env(): Env {
  return (current ??= readEnv(process.env));
}

/** Reads the settings again; only for tests that change process.env while they run. */
export function rereadEnv(): Env {
  current = undefined;
  return env();
}
