import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { mailOutbox, notifications, users } from "@/db/schema";

/** Who got a notification of this event, by user id. */
export const toldAbout = (eventKey: string) =>
  getDb()
    .select({ userId: notifications.userId })
    .from(notifications)
    .where(eq(notifications.eventKey, eventKey))
    .all()
    .map((row) => row.userId)
    .sort();

export const emailOf = (userId: string) => getDb().select({ email: users.email }).from(users).where(eq(users.id, userId)).get()!.email;

/** Queued mails to this user's address (sent or not). */
export const mailsFor = (userId: string) => getDb().select().from(mailOutbox).where(eq(mailOutbox.to, emailOf(userId).toLowerCase())).all();

export const pendingFor = (userId: string) =>
  getDb().select().from(notifications).where(and(eq(notifications.userId, userId), isNull(notifications.mailedAt))).all();

export const setChoice = (userId: string, followMails: "direct" | "weekly" | "never", staffMails: "direct" | "weekly" | "never" = "direct") =>
  getDb().update(users).set({ followMails, staffMails }).where(eq(users.id, userId)).run();
