import fs from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { mailOutbox } from "@/db/schema";
import { deliverQueuedMail } from "@/lib/platform/delivery/outboxes";
import { deliverPendingMail, enqueueMail, outboxDir, sendMail } from "@/lib/platform/mail/outbox";

const files = () => (fs.existsSync(outboxDir()) ? fs.readdirSync(outboxDir()).filter((f) => f.endsWith(".json")) : []);

describe("mail outbox without SMTP", () => {
  it("writes every mail as one JSON file with to, subject, text, html and createdAt", async () => {
    await sendMail({ to: "Els@Test.nl", subject: "Hallo", text: "Tekst", html: "<p>Tekst</p>" });
    const [file] = files();
    const mail = JSON.parse(fs.readFileSync(path.join(outboxDir(), file!), "utf8"));
    expect(mail).toMatchObject({ to: "els@test.nl", subject: "Hallo", text: "Tekst", html: "<p>Tekst</p>" });
    expect(new Date(mail.createdAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it("keeps a mail queued in a rolled-back transaction out of the outbox", async () => {
    const before = files().length;
    expect(() =>
      getDb().transaction((tx) => {
        enqueueMail(tx, { to: "a@test.nl", subject: "Nooit", text: "x", html: "x" });
        throw new Error("rollback");
      }),
    ).toThrow("rollback");
    await deliverPendingMail();
    expect(files().length).toBe(before);
  });

  it("delivers each queued mail exactly once, also when delivery runs twice at the same time", async () => {
    const before = files().length;
    for (let i = 0; i < 5; i++) enqueueMail(getDb(), { to: `p${i}@test.nl`, subject: "Eén keer", text: "x", html: "x" });
    const counts = await Promise.all([deliverPendingMail(), deliverPendingMail()]);
    expect(counts[0] + counts[1]).toBe(5);
    expect(files().length).toBe(before + 5);
    expect(getDb().select().from(mailOutbox).where(eq(mailOutbox.subject, "Eén keer")).all().every((m) => m.sentAt)).toBe(true);
  });

  it("runs one delivery at a time after responses, and delivers mail queued during a run too", async () => {
    const before = files().length;
    enqueueMail(getDb(), { to: "eerst@test.nl", subject: "Na het antwoord", text: "x", html: "x" });
    const first = deliverQueuedMail();
    enqueueMail(getDb(), { to: "later@test.nl", subject: "Na het antwoord", text: "x", html: "x" });
    const joined = deliverQueuedMail();
    expect(joined).toBe(first);
    await Promise.all([first, joined]);
    expect(files().length).toBe(before + 2);
    expect(getDb().select().from(mailOutbox).where(eq(mailOutbox.subject, "Na het antwoord")).all().every((m) => m.sentAt)).toBe(true);
  });
});
