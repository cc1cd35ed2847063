import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { smsOutbox } from "@/db/schema";
import { deliverQueuedMail } from "@/lib/platform/delivery/outboxes";
import { deliverPendingSms, enqueueSms, SMS_MAX_ATTEMPTS, smsOutboxDir } from "@/lib/platform/sms/outbox";

const db = () => getDb();
const pending = () => db().select().from(smsOutbox).all().filter((row) => row.sentAt === null);
const filesTo = (to: string) =>
  fs.existsSync(smsOutboxDir())
    ? fs.readdirSync(smsOutboxDir()).map((file) => JSON.parse(fs.readFileSync(path.join(smsOutboxDir(), file), "utf8")) as { to: string; text: string }).filter((sms) => sms.to === to)
    : [];

/** A fake SMS gateway on a free local port: it records what it gets and answers with `status`. */
async function fakeGateway(status: () => number) {
  const received: { body: { to: string; text: string }; authorization: string | undefined; contentType: string | undefined }[] = [];
  const server = http.createServer((request, response) => {
    let raw = "";
    request.on("data", (chunk) => (raw += chunk));
    request.on("end", () => {
      received.push({ body: JSON.parse(raw), authorization: request.headers.authorization, contentType: request.headers["content-type"] });
      response.writeHead(status()).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`;
  return { url, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

afterEach(() => {
  delete process.env.SMS_URL;
  delete process.env.SMS_TOKEN;
});

describe("the text message outbox", () => {
  it("stores a message in the transaction of the change, and loses it when that rolls back", () => {
    const before = pending().length;
    expect(() =>
      db().transaction((tx) => {
        enqueueSms(tx, { to: "+31611111111", text: "Teruggedraaid" });
        throw new Error("the change fails");
      }),
    ).toThrow("the change fails");
    expect(pending().length).toBe(before);
    db().transaction((tx) => enqueueSms(tx, { to: "+31611111111", text: "Bewaard" }));
    expect(pending().map((row) => row.text)).toContain("Bewaard");
  });

  it("without SMS_URL writes each message once to the outbox folder, also with two deliveries at the same time", async () => {
    enqueueSms(db(), { to: "+31622222222", text: "Naar de map" });
    const counts = await Promise.all([deliverPendingSms(), deliverPendingSms()]);
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    expect(filesTo("+31622222222")).toEqual([{ to: "+31622222222", text: "Naar de map", createdAt: expect.any(String) }]);
    expect(pending()).toEqual([]);
  });

  it("goes out with the mail after a write (deliverQueuedMail)", async () => {
    enqueueSms(db(), { to: "+31633333333", text: "Na het antwoord" });
    await deliverQueuedMail();
    expect(filesTo("+31633333333").map((sms) => sms.text)).toEqual(["Na het antwoord"]);
  });
});

describe("the HTTP gateway adapter", () => {
  it("posts {to, text} as JSON with the bearer token to SMS_URL", async () => {
    const gateway = await fakeGateway(() => 200);
    try {
      process.env.SMS_URL = gateway.url;
      process.env.SMS_TOKEN = "geheim-token";
      enqueueSms(db(), { to: "+31644444444", text: "Via de gateway" });
      expect(await deliverPendingSms()).toBe(1);
      expect(gateway.received).toEqual([
        { body: { to: "+31644444444", text: "Via de gateway" }, authorization: "Bearer geheim-token", contentType: "application/json" },
      ]);
      expect(filesTo("+31644444444")).toEqual([]);
    } finally {
      await gateway.close();
    }
  });

  it("sends no authorization header without SMS_TOKEN", async () => {
    const gateway = await fakeGateway(() => 202);
    try {
      process.env.SMS_URL = gateway.url;
      enqueueSms(db(), { to: "+31655555555", text: "Zonder token" });
      await deliverPendingSms();
      expect(gateway.received.map((hit) => hit.authorization)).toEqual([undefined]);
    } finally {
      await gateway.close();
    }
  });

  it("tries a refused message again on the next run, and stops after a few tries", async () => {
    let answer = 503;
    const gateway = await fakeGateway(() => answer);
    try {
      process.env.SMS_URL = gateway.url;
      enqueueSms(db(), { to: "+31666666666", text: "Opnieuw" });
      expect(await deliverPendingSms()).toBe(0);
      const [failed] = db().select().from(smsOutbox).all().filter((row) => row.to === "+31666666666");
      expect(failed).toMatchObject({ sentAt: null, attempts: 1, lastError: expect.stringContaining("503") });
      answer = 200;
      expect(await deliverPendingSms()).toBe(1);
      expect(gateway.received.length).toBe(2);

      answer = 500;
      enqueueSms(db(), { to: "+31677777777", text: "Geeft op" });
      for (let run = 0; run < SMS_MAX_ATTEMPTS + 2; run++) await deliverPendingSms();
      expect(gateway.received.filter((hit) => hit.body.to === "+31677777777").length).toBe(SMS_MAX_ATTEMPTS);
    } finally {
      await gateway.close();
    }
  });
});
