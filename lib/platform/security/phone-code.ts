import crypto from "node:crypto";
import { env } from "@/lib/platform/env";
import { newDigitCode } from "./digit-code";

// A six-digit code sent by text message to confirm a mobile number (a vote in a keuze, the
// trajectory page without an account). Nothing readable is stored: the random token that finds the
// code again stays on the device (a cookie), the code is stored only as a keyed hash bound to it.

/** A keyed hash (HMAC with AUTH_SECRET) of the parts: a number or an account never stored as typed. */
export function keyedHash(...parts: (string | number)[]): string {
  const secret = env().authSecret;
  if (!secret) throw new Error("AUTH_SECRET is not set");
  return crypto.createHmac("sha256", secret).update(parts.join("\n")).digest("hex");
}

/** What a code table stores of a code. */
export type StoredPhoneCode = { codeHash: string; wrongTries: number; expiresAt: Date };

const codeHashOf = (purpose: string, tokenHash: string, code: string) => keyedHash(`${purpose}-code`, tokenHash, code);
export const phoneCodeTokenHash = (purpose: string, token: string) => keyedHash(`${purpose}-code-token`, token);

/** A new code: the token for the cookie, the code for the text message, and the row to store. */
export function newPhoneCode(purpose: string, now: Date, minutes: number) {
  const token = crypto.randomBytes(24).toString("base64url");
  const code = newDigitCode(6);
  const tokenHash = phoneCodeTokenHash(purpose, token);
  return { token, code, tokenHash, stored: { codeHash: codeHashOf(purpose, tokenHash, code), wrongTries: 0, expiresAt: new Date(now.getTime() + minutes * 60_000) } };
}

/**
 * "ok" for the right code of a live row; "dead" when there is no row, it expired or had `tries`
 * wrong codes; "wrong" otherwise (the caller counts it on the row).
 */
export function checkPhoneCode(purpose: string, input: { row: StoredPhoneCode | undefined; tokenHash: string; code: string; now: Date; tries: number }): "ok" | "wrong" | "dead" {
  const { row } = input;
  if (!row || row.expiresAt <= input.now || row.wrongTries >= input.tries) return "dead";
  const expected = Buffer.from(codeHashOf(purpose, input.tokenHash, input.code), "hex");
  return crypto.timingSafeEqual(expected, Buffer.from(row.codeHash, "hex")) ? "ok" : "wrong";
}
