import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { mailOutbox, rateLimitHits, signInCodes, users } from "@/db/schema";
import { blockAccount } from "@/lib/accounts/commands/blocking";
import { deleteAccount } from "@/lib/accounts/commands/deletion";
import { signInCodeSchema } from "@/lib/accounts/schema";
import { signInLinkRules } from "@/lib/platform/auth/rate-limit";
import {
  decryptSignInUrl,
  encryptSignInUrl,
  formatSignInCode,
  hashSignInCode,
  SIGN_IN_CODE_DIGITS,
  signInCodeMatches,
} from "@/lib/platform/auth/sign-in-code-crypto";
import { redeemSignInCode, SIGN_IN_CODE_TRIES, storeSignInCode } from "@/lib/platform/auth/sign-in-codes";
import { sendSignInLink } from "@/lib/platform/auth/sign-in-mail";
import { cleanupPersonalData } from "@/lib/privacy/commands/retention";
import { newDigitCode } from "@/lib/platform/security/digit-code";
import { siteUrl } from "@/lib/platform/site-url";
import { createUser } from "../support/factories";

const db = () => getDb();
const HOUR = 3_600_000;
let counter = 0;
const address = () => `code-${++counter}-${Date.now()}@test.nl`;
/** Each test its own network, so the IP limit of one test does not reach another. */
const ipOf = () => `198.51.100.${counter}`;
const linkFor = (email: string, token = "tok") =>
  `${siteUrl()}/api/auth/callback/nodemailer?callbackUrl=${encodeURIComponent(`${siteUrl()}/account/welkom`)}&token=${token}&email=${encodeURIComponent(email)}`;
const pathOf = (url: string) => url.slice(siteUrl().length);

function store(email: string, expires = new Date(Date.now() + HOUR), url = linkFor(email)): string {
  return storeSignInCode(db(), { email, url, expires });
}
const rowOf = (email: string) => db().select().from(signInCodes).where(eq(signInCodes.email, email)).get();
const hitsIn = (bucket: string) => db().select().from(rateLimitHits).where(eq(rateLimitHits.bucket, bucket)).all().length;
const otherCode = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0");

describe("the sign-in code itself", () => {
  it("is six digits, leading zeros kept, and random", () => {
    const codes = Array.from({ length: 2000 }, () => newDigitCode(SIGN_IN_CODE_DIGITS));
    for (const code of codes) expect(code).toMatch(/^\d{6}$/);
    expect(new Set(codes).size).toBeGreaterThan(1990);
    expect(formatSignInCode("012345")).toBe("012 345");
  });

  it("is stored only as a keyed hash that depends on the address and AUTH_SECRET", () => {
    const hash = hashSignInCode("a@test.nl", "123456");
    expect(hash).not.toContain("123456");
    expect(hash).not.toBe(hashSignInCode("b@test.nl", "123456"));
    expect(signInCodeMatches(hash, "a@test.nl", "123456")).toBe(true);
    expect(signInCodeMatches(hash, "a@test.nl", "123457")).toBe(false);
    const secret = process.env.AUTH_SECRET;
    process.env.AUTH_SECRET = "another-secret-0123456789abcdef";
    try {
      expect(hashSignInCode("a@test.nl", "123456")).not.toBe(hash);
    } finally {
      process.env.AUTH_SECRET = secret;
    }
  });

  it("locks the link so that only the right code (and address) opens it", () => {
    const url = linkFor("a@test.nl");
    const sealed = encryptSignInUrl(url, "a@test.nl", "123456");
    expect(sealed).not.toContain("token");
    expect(decryptSignInUrl(sealed, "a@test.nl", "123456")).toBe(url);
    expect(decryptSignInUrl(sealed, "a@test.nl", "123457")).toBeNull();
    expect(decryptSignInUrl(sealed, "b@test.nl", "123456")).toBeNull();
    const tampered = Buffer.from(sealed, "base64url");
    tampered[tampered.length - 1]! ^= 1;
    expect(decryptSignInUrl(tampered.toString("base64url"), "a@test.nl", "123456")).toBeNull();
    expect(decryptSignInUrl("", "a@test.nl", "123456")).toBeNull();
  });

  it("never puts the code or the link into the table in the clear", () => {
    const email = address();
    const code = store(email, undefined, linkFor(email, "secret-token-value"));
    const row = JSON.stringify(rowOf(email));
    expect(row).not.toContain(code);
    expect(row).not.toContain("secret-token-value");
    expect(row).not.toContain("callback");
  });
});

describe("the form's schema", () => {
  it("takes the code with spaces or a dash, and says what is wrong in Dutch", () => {
    expect(signInCodeSchema.parse({ email: "a@test.nl", code: " 012 345 " }).code).toBe("012345");
    expect(signInCodeSchema.parse({ email: "a@test.nl", code: "012-345" }).code).toBe("012345");
    const wrong = (code: string) => signInCodeSchema.safeParse({ email: "a@test.nl", code }).error?.issues[0]?.message;
    expect(wrong("")).toBe("Vul de code uit de mail in.");
    expect(wrong("12345")).toMatch(/6 cijfers/);
    expect(wrong("abcdef")).toMatch(/6 cijfers/);
    expect(wrong("١٢٣٤٥٦")).toMatch(/6 cijfers/);
  });
});

describe("signing in with the code", () => {
  it("trades the right code once for the path of the link", () => {
    const email = address();
    const code = store(email);
    const ip = ipOf();
    expect(redeemSignInCode(db(), { email, code, ip })).toEqual({ ok: true, path: pathOf(linkFor(email)) });
    expect(rowOf(email)).toBeUndefined();
    expect(redeemSignInCode(db(), { email, code, ip })).toEqual({ ok: false, reason: "wrong" });
  });

  it("takes the address in any case", () => {
    const email = address();
    const code = store(email);
    expect(redeemSignInCode(db(), { email: email.toUpperCase(), code, ip: ipOf() }).ok).toBe(true);
  });

  it("works only for the newest code of an address", () => {
    const email = address();
    const old = store(email);
    const fresh = store(email, undefined, linkFor(email, "second"));
    expect(db().select().from(signInCodes).where(eq(signInCodes.email, email)).all()).toHaveLength(1);
    if (old !== fresh) expect(redeemSignInCode(db(), { email, code: old, ip: ipOf() })).toEqual({ ok: false, reason: "wrong" });
    expect(redeemSignInCode(db(), { email, code: fresh, ip: ipOf() })).toEqual({ ok: true, path: pathOf(linkFor(email, "second")) });
  });

  it("expires with the link", () => {
    const email = address();
    const expires = new Date(Date.now() + HOUR);
    const code = store(email, expires);
    expect(redeemSignInCode(db(), { email, code, ip: ipOf(), now: expires })).toEqual({ ok: false, reason: "expired" });
    expect(redeemSignInCode(db(), { email, code, ip: ipOf(), now: new Date(expires.getTime() - 1) }).ok).toBe(true);
  });

  it(`dies after ${SIGN_IN_CODE_TRIES} wrong codes, even for the right code after that`, () => {
    const email = address();
    const code = store(email);
    const ip = ipOf();
    for (let i = 1; i < SIGN_IN_CODE_TRIES; i++) {
      expect(redeemSignInCode(db(), { email, code: otherCode(code), ip })).toEqual({ ok: false, reason: "wrong" });
    }
    expect(redeemSignInCode(db(), { email, code: otherCode(code), ip })).toEqual({ ok: false, reason: "used-up" });
    expect(rowOf(email)?.wrongTries).toBe(SIGN_IN_CODE_TRIES);
    expect(redeemSignInCode(db(), { email, code, ip })).toEqual({ ok: false, reason: "used-up" });
  });

  it("answers an address without a code exactly like a wrong code", () => {
    const email = address();
    const code = store(email);
    expect(redeemSignInCode(db(), { email: address(), code, ip: ipOf() })).toEqual({ ok: false, reason: "wrong" });
    expect(redeemSignInCode(db(), { email, code: otherCode(code), ip: ipOf() })).toEqual({ ok: false, reason: "wrong" });
  });

  it("counts every wrong code against the address's and the connection's sign-in limits", () => {
    const email = address();
    const ip = ipOf();
    const [perAddress, perIp] = signInLinkRules(email, ip);
    const code = store(email);
    redeemSignInCode(db(), { email, code: otherCode(code), ip });
    redeemSignInCode(db(), { email: address(), code, ip });
    expect(hitsIn(perAddress!.bucket)).toBe(1);
    expect(hitsIn(perIp!.bucket)).toBe(2);
    // A right code costs nothing.
    redeemSignInCode(db(), { email, code, ip });
    expect(hitsIn(perIp!.bucket)).toBe(2);
  });

  it("refuses every code, even the right one, from a connection past its sign-in limit", () => {
    const email = address();
    const ip = ipOf();
    const code = store(email);
    for (let i = 0; i < 20; i++) redeemSignInCode(db(), { email: address(), code: "000000", ip });
    expect(redeemSignInCode(db(), { email, code, ip })).toEqual({ ok: false, reason: "limit" });
    expect(rowOf(email)).toBeDefined();
    expect(redeemSignInCode(db(), { email, code, ip: "203.0.113.99" }).ok).toBe(true);
  });

  it("never hands out a link to another site, even with the right code", () => {
    const email = address();
    const code = store(email, undefined, `https://evil.example/api/auth/callback/nodemailer?token=t`);
    expect(redeemSignInCode(db(), { email, code, ip: ipOf() })).toEqual({ ok: false, reason: "wrong" });
    const other = address();
    const code2 = store(other, undefined, `${siteUrl()}/account`);
    expect(redeemSignInCode(db(), { email: other, code: code2, ip: ipOf() })).toEqual({ ok: false, reason: "wrong" });
  });

  it("is mailed with the link, and the mailed code is the one that works", async () => {
    const email = address();
    await sendSignInLink({ identifier: email, url: linkFor(email), expires: new Date(Date.now() + HOUR) });
    const mail = db().select().from(mailOutbox).where(eq(mailOutbox.to, email)).get();
    const code = mail!.text.match(/(\d{3}) (\d{3})/)!.slice(1).join("");
    expect(mail!.html).toContain(formatSignInCode(code));
    expect(redeemSignInCode(db(), { email, code, ip: ipOf() })).toEqual({ ok: true, path: pathOf(linkFor(email)) });
  });
});

describe("removing codes", () => {
  const withCodeFor = () => {
    const userId = createUser();
    const email = db().select({ email: users.email }).from(users).where(eq(users.id, userId)).get()!.email;
    store(email);
    return { userId, email };
  };

  it("deleting an account removes its code", () => {
    const { userId, email } = withCodeFor();
    deleteAccount(db(), { userId, baseUrl: siteUrl() });
    expect(rowOf(email)).toBeUndefined();
  });

  it("blocking an account removes its code", () => {
    const { userId, email } = withCodeFor();
    blockAccount(db(), { userId, actorId: createUser("buurtwerker"), reason: "Scheldt." });
    expect(rowOf(email)).toBeUndefined();
  });

  it("the daily clean-up removes codes whose link has expired, and keeps the others", () => {
    const expired = address();
    const valid = address();
    store(expired, new Date(Date.now() - 1000));
    store(valid);
    const report = cleanupPersonalData(db());
    expect(report.signInCodesRemoved).toBeGreaterThanOrEqual(1);
    expect(rowOf(expired)).toBeUndefined();
    expect(rowOf(valid)).toBeDefined();
  });
});
