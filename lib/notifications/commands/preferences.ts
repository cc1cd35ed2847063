import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import type { Preferences } from "../queries/preferences";

/** Saves the own choices; they count for every notification from now on. */
export function savePreferences(db: Db, input: Preferences & { userId: string }): void {
  db.update(users).set({ followMails: input.followMails, staffMails: input.staffMails }).where(eq(users.id, input.userId)).run();
}
