import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { closeDb } from "@/db/client";

// Every test file gets its own real SQLite file (with the real migrations) and its own outboxes.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bmh-unit-"));
process.env.DATABASE_PATH = path.join(dir, "test.db");
process.env.MAIL_OUTBOX_DIR = path.join(dir, "outbox");
process.env.SMS_OUTBOX_DIR = path.join(dir, "sms-outbox");
delete process.env.SMTP_URL;
delete process.env.SMS_URL;
process.env.AUTH_SECRET ??= "unit-test-secret-not-for-production-0123456789";

afterAll(() => {
  closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
});
