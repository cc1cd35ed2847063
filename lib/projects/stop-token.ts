import crypto from "node:crypto";

/** Only this hash of a stop link's token is stored (project_contacts.stop_token_hash). */
export const hashStopToken = (token: string) => crypto.createHash("sha256").update(token).digest("hex");

/** A new stop link: the token goes into the message, only its hash into the row. */
export function newStopToken(): { token: string; hash: string } {
  const token = crypto.randomBytes(16).toString("base64url");
  return { token, hash: hashStopToken(token) };
}
