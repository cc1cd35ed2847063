import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { unsubscribeTokens, users } from "@/db/schema";
import type { Preferences } from "../queries/preferences";

/**
 * Saves the own choices; they count for every notification from now on. The unsubscribe links of
 * a topic whose choice changed stop working: a link from an old mail must not undo a new choice.
 */
export function savePreferences(db: Db, input: Preferences & { userId: string }): void {
  db.transaction(
    (tx) => {
      const before = tx.select({ followMails: users.followMails, staffMails: users.staffMails }).from(users).where(eq(users.id, input.userId)).get();
      if (!before) return;
      tx.update(users).set({ followMails: input.followMails, staffMails: input.staffMails }).where(eq(users.id, input.userId)).run();
      const changed = [
        ...(before.followMails !== input.followMails ? (["follow"] as const) : []),
        ...(before.staffMails !== input.staffMails ? (["staff"] as const) : []),
      ];
      if (changed.length > 0) {
        tx.delete(unsubscribeTokens).where(and(eq(unsubscribeTokens.userId, input.userId), inArray(unsubscribeTokens.topic, changed))).run();
      }
    },
    { behavior: "immediate" },
  );
}
