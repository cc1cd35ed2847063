import "server-only";
import { cookies } from "next/headers";
import { getDb } from "@/db/client";
import { siteUrl } from "@/lib/platform/site-url";
import { phoneSessionTrajectory, phoneSessionValue, TRAJECTORY_CODE_MINUTES, TRAJECTORY_SESSION_MINUTES } from "./commands/phone-access";

// The cookies of /mijn-traject: between asking the code and typing it, the random token that finds
// the code; after the right code, a short session signed with (a hash of) the number. HttpOnly,
// for these pages only, nothing else in them.

const PENDING = "mijn-traject-code";
const SESSION = "mijn-traject";
const PATH = "/mijn-traject";

const options = (minutes: number) => ({ httpOnly: true, sameSite: "lax" as const, secure: siteUrl().startsWith("https:"), path: PATH, maxAge: minutes * 60 });

export async function keepPendingCode(token: string): Promise<void> {
  (await cookies()).set(PENDING, token, options(TRAJECTORY_CODE_MINUTES));
}

export async function pendingCode(): Promise<string | null> {
  const token = (await cookies()).get(PENDING)?.value ?? "";
  return /^[A-Za-z0-9_-]{20,64}$/.test(token) ? token : null;
}

/** After the right code: the pending token goes, the session starts. */
export async function openPhoneSession(trajectoryId: number): Promise<void> {
  const jar = await cookies();
  jar.delete({ name: PENDING, path: PATH });
  jar.set(SESSION, phoneSessionValue(getDb(), trajectoryId), options(TRAJECTORY_SESSION_MINUTES));
}

/** The trajectory the session opens, or null. */
export async function phoneSession(): Promise<number | null> {
  return phoneSessionTrajectory(getDb(), (await cookies()).get(SESSION)?.value);
}

export async function closePhoneSession(): Promise<void> {
  (await cookies()).delete({ name: SESSION, path: PATH });
}
