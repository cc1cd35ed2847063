import { expect, test } from "../support/fixtures";
import { createActivity, act } from "../support/http";
import { readDb } from "../support/db";
import { linkIn, mailsTo, waitForNewMail } from "../support/mail";

/**
 * Headers a visitor can send themselves: a made-up host must never reach a link in a mail (a
 * sign-in link to someone else's site hands them the account), and a made-up X-Forwarded-For must
 * not give a visitor a new address for the per-IP limits.
 */
const FORGED = { "X-Forwarded-Host": "boze-site.example", "X-Forwarded-Proto": "https", "X-Forwarded-For": "203.0.113.9" };

test("links in mails use the site's own address, whatever host the request claims", async ({ baseURL, httpClient }) => {
  const stamp = Date.now();
  const forged = await httpClient({ extraHTTPHeaders: { ...FORGED, Host: "boze-site.example", Origin: "https://boze-site.example" } });

  const signIn = `host-${stamp}@voorbeeld.nl`;
  await act(forged, "lib/accounts/actions/accounts.ts#requestSignInLinkAction", "/inloggen", { email: signIn, terug: "/" });
  const signInMail = await waitForNewMail(signIn, 0);
  expect(linkIn(signInMail, "/api/auth/callback")).toMatch(new RegExp(`^${baseURL}/`));

  const activityId = await createActivity(baseURL!, `Hosttest ${stamp}`);
  const signUp = `aanmelding-${stamp}@voorbeeld.nl`;
  await act(forged, "lib/activities/actions/signups.ts#signUpAction", `/activiteiten/${activityId}`, {
    activityId: String(activityId), name: "Lia", email: signUp, phone: "", partySize: "1", notes: "", consent: "ja",
  });
  const signUpMail = await waitForNewMail(signUp, 0);
  const links = signUpMail.text.match(/https?:\/\/\S+/g) ?? [];
  // The mail has at least the link to cancel; without links there would be nothing to check.
  expect(links.length).toBeGreaterThan(0);
  for (const link of links) expect(link).toMatch(new RegExp(`^${baseURL}/`));
  const mails = mailsTo(signUp);
  expect(mails.length).toBeGreaterThan(0);
  expect(mails.every((mail) => !mail.html.includes("boze-site"))).toBe(true);
});

test("a made-up X-Forwarded-For does not change the address the write limits count", async ({ baseURL, httpClient }) => {
  const email = `ip-${Date.now()}@voorbeeld.nl`;
  const newestIpBucket = () =>
    readDb((db) => db.prepare("SELECT bucket FROM rate_limit_hits WHERE bucket LIKE 'signin-ip:%' ORDER BY rowid DESC LIMIT 1").pluck().get()) as string;
  const forged = await httpClient({ extraHTTPHeaders: { "X-Forwarded-For": "203.0.113.9", Origin: baseURL! } });
  await act(forged, "lib/accounts/actions/accounts.ts#requestSignInLinkAction", "/inloggen", { email, terug: "/" });
  await waitForNewMail(email, 0);
  expect(newestIpBucket()).toMatch(/^signin-ip:(127\.0\.0\.1|0:0:0:0::\/64)$/);
});

test("a visitor who claims https is not believed: only a trusted proxy may say so", async ({ request }) => {
  const response = await request.get("/privacy", { headers: { "X-Forwarded-Proto": "https", Cookie: "authjs.session-token=nep" } });
  expect(response.status()).toBe(200);
  expect(response.headers()["strict-transport-security"]).toBeUndefined();
});
