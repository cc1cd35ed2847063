import crypto from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { feedbackInvites, signups, surveyLinks } from "@/db/schema";

const ID_SLICE = 1000;

/** What a sign-up shows as its name once the person's data is removed. */
export const WIPED_NAME = "(gegevens verwijderd)";

/**
 * Stands in for a removed e-mail address: random, so it leads back to no one, but the same for
 * every sign-up of one address wiped together, so "distinct people" in the figures stays the same.
 */
const ANONYMOUS_PREFIX = "anoniem:";

export const isAnonymousKey = (email: string | null): boolean => email?.startsWith(ANONYMOUS_PREFIX) ?? false;

/** A new random key that stands in for removed contact details. */
export const anonymousKey = () => `${ANONYMOUS_PREFIX}${crypto.randomBytes(12).toString("hex")}`;

/**
 * Removes name, e-mail address, phone and notes from these sign-ups. Party size, status and
 * check-in stay, so attendance figures do not change. A guest who gave only a number gets the
 * random key in place of the address too, so they stay one person in the figures. With
 * `keepLink` the personal link keeps working (to show the guest that their data is gone);
 * otherwise it stops working. One-time links to the three questions after an activity always stop.
 */
export function anonymiseSignups(
  tx: DbOrTx,
  rows: { id: number; email: string | null; phone?: string | null }[],
  options: { keepLink?: boolean; keys?: Map<string, string> } = {},
): number {
  const keys = options.keys ?? new Map<string, string>();
  for (const row of rows) {
    const person = row.email ?? (row.phone ? `tel:${row.phone}` : null);
    let key: string | null = null;
    if (person) {
      key = isAnonymousKey(person) ? person : (keys.get(person) ?? anonymousKey());
      keys.set(person, key);
    }
    tx.update(signups)
      .set({
        name: WIPED_NAME,
        email: key,
        phone: null,
        notes: null,
        ...(options.keepLink ? {} : { cancelTokenHash: null }),
      })
      .where(eq(signups.id, row.id))
      .run();
  }
  // Their one-time "Hoe was het?" links stop working; the invites go with them (cascade).
  // In slices: SQLite takes at most 32,766 variables in one statement.
  for (let first = 0; first < rows.length; first += ID_SLICE) {
    const ids = rows.slice(first, first + ID_SLICE).map((row) => row.id);
    const theirs = tx.select({ hash: feedbackInvites.tokenHash }).from(feedbackInvites).where(inArray(feedbackInvites.signupId, ids));
    tx.delete(surveyLinks).where(inArray(surveyLinks.tokenHash, theirs)).run();
  }
  return rows.length;
}
