import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { rateLimitHits, signInCodes, users } from "@/db/schema";
import { blockAccount } from "@/lib/accounts/commands/blocking";
import { signInLinkDecision, signInLinkRules } from "@/lib/platform/auth/sign-in-limits";
import { redeemSignInCode, SIGN_IN_CODE_TRIES, storeSignInCode } from "@/lib/platform/auth/sign-in-codes";
import { siteUrl } from "@/lib/platform/site-url";
import { createUser } from "../support/factories";

/*
 * Issue 21, item 1 and 9a: wrong sign-in codes must never cost the owner their sign-in, and the
 * answers (and the work behind them) must not tell who asked a link or who is blocked.
 */

const db = () => getDb();
const HOUR = 3_600_000;
let counter = 0;
const address = () => `lockout-${++counter}-${Date.now()}@test.nl`;
const network = () => `192.0.2.${++counter}`;
const linkFor = (email: string) =>
  `${siteUrl()}/api/auth/callback/nodemailer?callbackUrl=${encodeURIComponent(`${siteUrl()}/account/welkom`)}&token=t&email=${encodeURIComponent(email)}`;
const store = (email: string, expires = new Date(Date.now() + HOUR)) => storeSignInCode(db(), { email, url: linkFor(email), expires });
const otherCode = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0");
const hitsIn = (bucket: string) => db().select().from(rateLimitHits).where(eq(rateLimitHits.bucket, bucket)).all().length;
const emailOf = (userId: string) => db().select({ email: users.email }).from(users).where(eq(users.id, userId)).get()!.email;

afterEach(() => vi.restoreAllMocks());

describe("wrong codes never lock the owner out", () => {
  it("five wrong codes for an address that asked no link leave its links untouched", () => {
    const email = address();
    const attacker = network();
    for (let i = 0; i < 5; i++) redeemSignInCode(db(), { email, code: "123456", ip: attacker });
    const [perAddress] = signInLinkRules(email, attacker);
    expect(hitsIn(perAddress!.bucket)).toBe(0);
    const owner = network();
    for (let i = 0; i < 5; i++) expect(signInLinkDecision(db(), email, owner)).toBe("send");
  });

  it("a code that was never asked for is not counted anywhere for the address", () => {
    const email = address();
    redeemSignInCode(db(), { email, code: "123456", ip: network() });
    expect(db().select().from(signInCodes).where(eq(signInCodes.email, email)).get()).toBeUndefined();
    expect(hitsIn(signInLinkRules(email, "")[0]!.bucket)).toBe(0);
  });

  it("killing a pending code with wrong tries does not stop the owner asking a new one that works", () => {
    const email = emailOf(createUser("buurtwerker"));
    const code = store(email);
    const attacker = network();
    for (let i = 0; i < SIGN_IN_CODE_TRIES; i++) redeemSignInCode(db(), { email, code: otherCode(code), ip: attacker });
    expect(redeemSignInCode(db(), { email, code, ip: network() }).ok).toBe(false);
    const owner = network();
    expect(signInLinkDecision(db(), email, owner)).toBe("send");
    const fresh = store(email);
    expect(redeemSignInCode(db(), { email, code: fresh, ip: owner }).ok).toBe(true);
  });

  it("one network cannot keep four accounts out; it only uses up its own tries", () => {
    const attacker = network();
    const targets = Array.from({ length: 4 }, () => address());
    for (const email of targets) for (let i = 0; i < 5; i++) redeemSignInCode(db(), { email, code: "000000", ip: attacker });
    expect(redeemSignInCode(db(), { email: targets[0]!, code: "000000", ip: attacker })).toEqual({ ok: false, reason: "limit" });
    for (const email of targets) expect(signInLinkDecision(db(), email, network())).toBe("send");
  });
});

describe("one answer for every failed code", () => {
  it("no code, a wrong code, a dead code, an old code and a blocked account all get the same answer", () => {
    const ip = network();
    const noCode = redeemSignInCode(db(), { email: address(), code: "123456", ip });

    const pending = address();
    const code = store(pending);
    const wrongCode = redeemSignInCode(db(), { email: pending, code: otherCode(code), ip });

    const dead = address();
    const deadCode = store(dead);
    let last = wrongCode;
    for (let i = 0; i < SIGN_IN_CODE_TRIES; i++) last = redeemSignInCode(db(), { email: dead, code: otherCode(deadCode), ip: network() });
    const afterDeath = redeemSignInCode(db(), { email: dead, code: deadCode, ip: network() });

    const old = address();
    const oldCode = store(old, new Date(Date.now() - 1000));
    const expired = redeemSignInCode(db(), { email: old, code: oldCode, ip });

    // A blocked account: its code is gone, and five tries end as for anyone else.
    const blockedId = createUser();
    const blocked = emailOf(blockedId);
    store(blocked);
    blockAccount(db(), { userId: blockedId, actorId: createUser("buurtwerker"), reason: "Test." });
    let blockedLast = noCode;
    for (let i = 0; i < SIGN_IN_CODE_TRIES; i++) blockedLast = redeemSignInCode(db(), { email: blocked, code: "123456", ip: network() });

    const answers = [noCode, wrongCode, last, afterDeath, expired, blockedLast];
    expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
    expect(noCode.ok).toBe(false);
  });

  it("does the same keyed hashing whether or not a code is pending, dead or old", () => {
    const hmacs = vi.spyOn(crypto, "createHmac");
    const hkdfs = vi.spyOn(crypto, "hkdfSync");
    const workFor = (email: string, code: string) => {
      hmacs.mockClear();
      hkdfs.mockClear();
      redeemSignInCode(db(), { email, code, ip: network() });
      return [hmacs.mock.calls.length, hkdfs.mock.calls.length];
    };
    const pending = address();
    const code = store(pending);
    const old = address();
    const oldCode = store(old, new Date(Date.now() - 1000));
    const dead = address();
    const deadCode = store(dead);
    for (let i = 0; i < SIGN_IN_CODE_TRIES; i++) redeemSignInCode(db(), { email: dead, code: otherCode(deadCode), ip: network() });

    const none = workFor(address(), "123456");
    expect(none[0]).toBeGreaterThan(0);
    expect(workFor(pending, otherCode(code))).toEqual(none);
    expect(workFor(old, oldCode)).toEqual(none);
    expect(workFor(dead, deadCode)).toEqual(none);
  });

  it("runs the same statements whether or not a code is pending", () => {
    const prepare = vi.spyOn(db().$client, "prepare");
    const statementsFor = (email: string, code: string) => {
      prepare.mockClear();
      redeemSignInCode(db(), { email, code, ip: network() });
      // The hourly pruning of old hits is not about this try.
      return prepare.mock.calls.map(([sql]) => sql).filter((sql) => !/^delete from "rate_limit_hits"/.test(sql));
    };
    const pending = address();
    const code = store(pending);
    const none = statementsFor(address(), "123456");
    expect(statementsFor(pending, otherCode(code))).toEqual(none);
  });
});
