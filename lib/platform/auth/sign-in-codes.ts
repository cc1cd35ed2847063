import { eq, inArray, lte, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { signInCodes } from "@/db/schema";
import { newDigitCode } from "@/lib/platform/security/digit-code";
import { siteUrl } from "@/lib/platform/site-url";
import { countFailedSignInCode, signInCodeTryAllowed } from "./sign-in-limits";
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

export type SignInCodeOutcome = { ok: true; path: string } | { ok: false; reason: "refused" | "limit" };

/** Compared against when no code is pending, so every try computes the same keyed hash. */
const NO_CODE_HASH = "0".repeat(64);

/**
 * Trades a right code for the path of Auth.js' link, once: the row is deleted. Every failure gets
 * one answer ("refused"), whether no code was asked, the code is wrong, dead or older than its
 * link, or the account is blocked (its code is gone), and does the same work: one keyed hash and
 * one counted try. A try counts on the pending code (the fifth wrong one kills it) and on the
 * connection's sign-in limit, never on the address's own: wrong codes cannot cost the owner a link.
 * "limit" only tells a connection that it is past its own limit.
 */
export function redeemSignInCode(db: Db, input: { email: string; code: string; ip: string; now?: Date }): SignInCodeOutcome {
  const now = input.now ?? new Date();
  const email = input.email.toLowerCase();
  return db.transaction(
    (tx): SignInCodeOutcome => {
      if (!signInCodeTryAllowed(tx, input.ip, now)) return { ok: false, reason: "limit" };
      const row = tx.select().from(signInCodes).where(eq(signInCodes.email, email)).get();
      const matches = signInCodeMatches(row?.codeHash ?? NO_CODE_HASH, email, input.code);
      const live = row !== undefined && row.expiresAt.getTime() > now.getTime() && row.wrongTries < SIGN_IN_CODE_TRIES;
      const url = live && matches ? decryptSignInUrl(row.encryptedUrl, email, input.code) : null;
      const path = url === null ? null : callbackPath(url);
      if (path !== null) {
        tx.delete(signInCodes).where(eq(signInCodes.email, email)).run();
        return { ok: true, path };
      }
      // Without a pending code this update finds no row: a code never asked for is never "wrong".
      tx.update(signInCodes).set({ wrongTries: sql`${signInCodes.wrongTries} + 1` }).where(eq(signInCodes.email, email)).run();
      countFailedSignInCode(tx, input.ip, now);
      return { ok: false, reason: "refused" };
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
