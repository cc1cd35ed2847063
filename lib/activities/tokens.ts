import crypto from "node:crypto";

/** Only this hash is stored; the token itself exists only in the message to the person. */
export function hashCancelToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

export function newCancelToken(): { token: string; hash: string } {
  const token = crypto.randomBytes(16).toString("base64url");
  return { token, hash: hashCancelToken(token) };
}

export const cancelUrl = (baseUrl: string, token: string) => `${baseUrl}/aanmelding/${token}`;
