/** Auth.js' database-session cookie: plain over HTTP, with the __Secure- prefix over HTTPS. */
export const SESSION_COOKIE_NAMES = ["authjs.session-token", "__Secure-authjs.session-token"] as const;

/** A session cookie as the request carried it. */
export type SessionCookie = { name: string; token: string };

/** The session cookie in a raw Cookie header (the first one), or null: without it a page is the same for everyone. */
export function sessionCookieOf(cookieHeader: string | undefined): SessionCookie | null {
  if (!cookieHeader) return null;
  for (const pair of cookieHeader.split(";")) {
    const at = pair.indexOf("=");
    const name = (at < 0 ? pair : pair.slice(0, at)).trim();
    if ((SESSION_COOKIE_NAMES as readonly string[]).includes(name)) return { name, token: at < 0 ? "" : pair.slice(at + 1).trim() };
  }
  return null;
}
