import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import { getDb, type Db } from "@/db/client";
import { unsubscribeTokens, users } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { siteUrl } from "@/lib/platform/site-url";
import type { Topic } from "../topics";

export type { Topic };

const hashOf = (token: string) => crypto.createHash("sha256").update(token).digest("hex");

/**
 * A new unsubscribe link for one mail, stored only as a hash. The page link opens a page with a
 * button (a mail scanner that opens links unsubscribes no one); the one-click address takes the
 * POST that mail apps send (RFC 8058).
 */
export function issueUnsubscribe(tx: DbOrTx, userId: string, topic: Topic, now = new Date()) {
  const token = crypto.randomBytes(24).toString("base64url");
  tx.insert(unsubscribeTokens).values({ tokenHash: hashOf(token), userId, topic, createdAt: now }).run();
  const page = `${siteUrl()}/afmelden/${token}`;
  return {
    page,
    headers: { "List-Unsubscribe": `<${page}/een-klik>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
  };
}

/** What a token stands for, or null for a token that is not ours. */
export function unsubscribeTopic(db: Db, token: string): Topic | null {
  const row = db.select({ topic: unsubscribeTokens.topic }).from(unsubscribeTokens).where(eq(unsubscribeTokens.tokenHash, hashOf(token))).get();
  return row?.topic ?? null;
}

/** The one-click POST of a mail app (RFC 8058): the token from the List-Unsubscribe address. */
export const unsubscribeOneClick = (token: string): Topic | null => (token.length <= 100 ? unsubscribeByToken(getDb(), token) : null);

/** Sets the topic of the token to "never". Without signing in: the token from the mail is the proof. */
export function unsubscribeByToken(db: Db, token: string): Topic | null {
  return db.transaction(
    (tx) => {
      const row = tx
        .select({ userId: unsubscribeTokens.userId, topic: unsubscribeTokens.topic })
        .from(unsubscribeTokens)
        .where(eq(unsubscribeTokens.tokenHash, hashOf(token)))
        .get();
      if (!row) return null;
      tx.update(users)
        .set(row.topic === "follow" ? { followMails: "never" } : { staffMails: "never" })
        .where(eq(users.id, row.userId))
        .run();
      return row.topic;
    },
    { behavior: "immediate" },
  );
}
