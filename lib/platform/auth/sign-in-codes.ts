import { eq, inArray, lte } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { signInCodes } from "@/db/schema";
import { newDigitCode } from "@/lib/platform/security/digit-code";
import { siteUrl } from "@/lib/platform/site-url";
import { countFailedSignInCode, signInCodeTryAllowed } from "./rate-limit";
import { decryptSignInUrl, encryptSignInUrl, hashSignInCode, SIGN_IN_CODE_DIGITS, signInCodeMatches } from "./sign-in-code-crypto";

/** After this many wrong codes the code no longer works; the person asks a new one. */
export const SIGN_IN_CODE_TRIES = 5;

/**
 * Stores a new code beside Auth.js' link, replacing an older code for the same address, and
 * returns it (for the mail). It expires with the link.
 */
export function storeSignInCode(tx: DbOrTx, input: { email: string; url: string; expires: Date; now?: Date }): string {
  const email = input.email.toLowerCase();
  const code = newDigitCode(SIGN_IN_CODE_DIGITS);
  const row = {
    codeHash: hashSignInCode(email, code),
    encryptedUrl: encryptSignInUrl(input.url, email, code),
    expiresAt: input.expires,
    wrongTries: 0,
    createdAt: input.now ?? new Date(),
  };
  tx.insert(signInCodes).values({ email, ...row }).onConflictDoUpdate({ target: signInCodes.email, set: row }).run();
  return code;
}

export type SignInCodeOutcome =
  | { ok: true; path: string }
  | { ok: false; reason: "wrong" | "used-up" | "expired" | "limit" };

/**
 * Trades a right code for the path of Auth.js' link, once: the row is deleted. A wrong code
 * counts a try (the fifth kills the code) and counts against the sign-in limits; an unknown
 * address answers exactly like a wrong code, so the form tells no one who asked a link.
 */
export function redeemSignInCode(db: Db, input: { email: string; code: string; ip: string; now?: Date }): SignInCodeOutcome {
  const now = input.now ?? new Date();
  const email = input.email.toLowerCase();
  return db.transaction(
    (tx): SignInCodeOutcome => {
      if (!signInCodeTryAllowed(tx, input.ip, now)) return { ok: false, reason: "limit" };
      const row = tx.select().from(signInCodes).where(eq(signInCodes.email, email)).get();
      const fail = (reason: "wrong" | "used-up" | "expired"): SignInCodeOutcome => {
        countFailedSignInCode(tx, email, input.ip, now);
        return { ok: false, reason };
      };
      if (!row) return fail("wrong");
      if (row.expiresAt.getTime() <= now.getTime()) return fail("expired");
      if (row.wrongTries >= SIGN_IN_CODE_TRIES) return fail("used-up");
      const url = signInCodeMatches(row.codeHash, email, input.code) ? decryptSignInUrl(row.encryptedUrl, email, input.code) : null;
      const path = url === null ? null : callbackPath(url);
      if (path === null) {
        const tries = row.wrongTries + 1;
        tx.update(signInCodes).set({ wrongTries: tries }).where(eq(signInCodes.email, email)).run();
        return fail(tries >= SIGN_IN_CODE_TRIES ? "used-up" : "wrong");
      }
      tx.delete(signInCodes).where(eq(signInCodes.email, email)).run();
      return { ok: true, path };
    },
    { behavior: "immediate" },
  );
}

/** Only a link to Auth.js' own callback on this site, as a path: never a host from the table. */
function callbackPath(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.origin !== siteUrl() || !parsed.pathname.startsWith("/api/auth/callback/")) return null;
  return `${parsed.pathname}${parsed.search}`;
}

/** Removes the codes of these addresses (account deleted, erased or blocked). */
export function forgetSignInCodesOf(tx: DbOrTx, emails: string[]): void {
  tx.delete(signInCodes).where(inArray(signInCodes.email, emails.map((email) => email.toLowerCase()))).run();
}

/** Removes codes whose link has expired; returns how many. */
export function removeExpiredSignInCodes(tx: DbOrTx, now = new Date()): number {
  return tx.delete(signInCodes).where(lte(signInCodes.expiresAt, now)).run().changes;
}
