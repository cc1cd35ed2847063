/** Auth.js' database-session cookie: plain over HTTP, with the __Secure- prefix over HTTPS. */
export const SESSION_COOKIE_NAMES = ["authjs.session-token", "__Secure-authjs.session-token"] as const;

/** Whether a raw Cookie header carries a session: then the page is personal. */
export function cookieHeaderHasSession(cookieHeader: string | undefined): boolean {
  if (!cookieHeader) return false;
  return cookieHeader.split(";").some((pair) => (SESSION_COOKIE_NAMES as readonly string[]).includes(pair.split("=")[0]!.trim()));
}
