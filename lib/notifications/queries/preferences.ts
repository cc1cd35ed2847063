import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import type { NotifyChoice } from "../choices";
import { unsubscribeTopic, type Topic } from "../commands/unsubscribe";

export type Preferences = { followMails: NotifyChoice; staffMails: NotifyChoice };

/** The own choices for /account. */
export function preferencesOf(userId: string): Preferences {
  return getDb().select({ followMails: users.followMails, staffMails: users.staffMails }).from(users).where(eq(users.id, userId)).get() ?? { followMails: "weekly", staffMails: "direct" };
}

/** What an unsubscribe link is for, or null when it is not ours. */
export const topicOfLink = (token: string): Topic | null => unsubscribeTopic(getDb(), token);
