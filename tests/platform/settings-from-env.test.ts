import { describe, expect, it } from "vitest";
import { readEnv } from "@/lib/platform/env";

describe("settings from the environment", () => {
  it("has a working default for everything a newcomer does not set", () => {
    const settings = readEnv({});
    expect(settings.port).toBe(3000);
    expect(settings.siteUrl).toBe("http://localhost:3000");
    expect(settings.trustedProxies).toBe(0);
    expect(settings.jobsIntervalMs).toBe(60_000);
    expect(settings.figuresMinGapMs).toBe(5_000);
    expect(settings.smtpUrl).toBeUndefined();
    expect(settings.limits).toEqual({});
  });

  it("reads an empty value as not set", () => {
    expect(readEnv({ SMTP_URL: "", SMS_URL: "", PORT: "" })).toMatchObject({ smtpUrl: undefined, smsUrl: undefined, port: 3000 });
  });

  it("takes the public address from AUTH_URL, without a path", () => {
    expect(readEnv({ AUTH_URL: "https://buurt.example.org/iets", PORT: "8080" }).siteUrl).toBe("https://buurt.example.org");
  });

  it("stops with the name of every wrong variable", () => {
    const wrong = { PORT: "drieduizend", TRUSTED_PROXIES: "-1", AUTH_URL: "buurt", COMMENT_LIMIT_PER_IP: "veel", SMTP_URL: "mail.example.org" };
    expect(() => readEnv(wrong)).toThrow(/PORT/);
    try {
      readEnv(wrong);
    } catch (error) {
      for (const name of Object.keys(wrong)) expect((error as Error).message).toContain(name);
    }
  });

  it("keeps only the hourly limits that are set, as whole numbers", () => {
    expect(readEnv({ COMMENT_LIMIT_PER_USER: "2", SIGNIN_LIMIT_PER_IP: "10000" }).limits).toEqual({ COMMENT_LIMIT_PER_USER: 2, SIGNIN_LIMIT_PER_IP: 10_000 });
    expect(() => readEnv({ SIGNUP_LIMIT_PER_EMAIL: "0" })).toThrow(/SIGNUP_LIMIT_PER_EMAIL/);
  });
});
