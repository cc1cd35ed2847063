/**
 * The public address of this site, for links in mails and calendar files. It comes from
 * configuration (AUTH_URL, which Auth.js uses for its sign-in links too), never from a request:
 * a visitor can send any Host or X-Forwarded-Host, and a sign-in link pointing at their site would
 * hand them the account of whoever clicks it.
 */
export function siteUrl(): string {
  return new URL(process.env.AUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).origin;
}
