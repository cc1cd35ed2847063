import { eq, or, sql } from "drizzle-orm";
import { signups, users } from "@/db/schema";

/**
 * A sign-up belongs to an account when it was made while signed in, or with the account's own
 * address (verified by the sign-in link), for example as a visitor before making the account.
 */
export const ownedBy = (userId: string) =>
  or(
    eq(signups.userId, userId),
    eq(signups.email, sql`(select lower(${users.email}) from ${users} where ${users.id} = ${userId})`),
  );
