import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// E2E_PORT lets two checkouts run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const E2E_DIR = "data/e2e";

// Debian's Chromium (see the README, Two commands); without it, Playwright's own browser if one is installed.
const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const executablePath = fs.existsSync(chromiumPath) ? chromiumPath : undefined;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    {
      name: "chromium",
      use: { ...devices["Pixel 5"], browserName: "chromium", viewport: { width: 360, height: 780 } },
      dependencies: ["setup"],
    },
  ],
  webServer: {
    // A fresh database for every run: the start script migrates and seeds the new file.
    command: `rm -rf ${E2E_DIR} && npm start`,
    url: `http://localhost:${PORT}/privacy`,
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      PORT: String(PORT),
      DATABASE_PATH: `${E2E_DIR}/app.db`,
      MAIL_OUTBOX_DIR: `${E2E_DIR}/outbox`,
      SMS_OUTBOX_DIR: `${E2E_DIR}/sms-outbox`,
      SMS_URL: "",
      AUTH_SECRET: "e2e-secret-not-for-production-0123456789",
      // Every test comes from one address: only the per-IP limits are raised (see lib/platform/auth/rate-limit.ts).
      SIGNIN_LIMIT_PER_IP: "10000",
      SIGNUP_LIMIT_PER_IP: "10000",
      BACKING_LIMIT_PER_IP: "10000",
      COMMENT_LIMIT_PER_IP: "10000",
      REPORT_LIMIT_PER_IP: "10000",
      PROPOSAL_LIMIT_PER_IP: "10000",
      CANCEL_CODE_LIMIT_PER_IP: "10000",
      // e2e/security/fuzz-http.spec.ts posts 150 comments and 150 proposals as one resident each; the unit
      // tests cover these limits.
      COMMENT_LIMIT_PER_USER: "10000",
      PROPOSAL_LIMIT_PER_USER: "10000",
      SMTP_URL: "",
      // The scheduler's ticks (reminders, recurring jobs) would change rows while the authorization
      // spec compares "nothing changed" snapshots; mails of actions go out after each request, and
      // the unit tests run the scheduler itself (tests/unit/jobs*.test.ts).
      JOBS_INTERVAL_MS: "3600000",
      // Figures recounted right after each write, so a spec sees its own write without waiting
      // out the production gap (tests/stats/figures-thread.test.ts holds the gap itself).
      FIGURES_MIN_GAP_MS: "0",
    },
  },
});
