import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { projectContacts } from "@/db/schema";
import { hashStopToken } from "../stop-token";

/** Whether a stop link still works (the page shows the button only then; opening it changes nothing). */
export function stopLinkWorks(token: string): boolean {
  return !!getDb().select({ id: projectContacts.id }).from(projectContacts).where(eq(projectContacts.stopTokenHash, hashStopToken(token))).get();
}
