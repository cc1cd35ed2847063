import "server-only";
import { cookies } from "next/headers";
import { siteUrl } from "@/lib/platform/site-url";
import { VOTE_CODE_MINUTES } from "./commands/vote";

const COOKIE = "keuze";

/**
 * Between asking the code and typing it: the random token that finds the code, and the options
 * chosen. Kept on the device only (never stored with the number), for the voting pages only.
 */
export async function keepPendingVote(projectId: number, token: string, optionIds: number[]): Promise<void> {
  (await cookies()).set(COOKIE, `${projectId}.${token}.${optionIds.join("-")}`, {
    httpOnly: true,
    sameSite: "lax",
    secure: siteUrl().startsWith("https:"),
    path: `/projecten/${projectId}/kiezen`,
    maxAge: VOTE_CODE_MINUTES * 60,
  });
}

export async function pendingVote(projectId: number): Promise<{ token: string; optionIds: number[] } | null> {
  const match = /^(\d{1,9})\.([A-Za-z0-9_-]{20,64})\.(\d{1,9}(?:-\d{1,9}){0,15})$/.exec((await cookies()).get(COOKIE)?.value ?? "");
  if (!match || Number(match[1]) !== projectId) return null;
  return { token: match[2]!, optionIds: match[3]!.split("-").map(Number) };
}

export async function forgetPendingVote(projectId: number): Promise<void> {
  (await cookies()).delete({ name: COOKIE, path: `/projecten/${projectId}/kiezen` });
}
