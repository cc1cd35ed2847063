import { DEMO, storageStateOf, type DemoRole } from "../support/auth";
import { one } from "../support/db";
import { expect, test } from "../support/fixtures";
import { act, createActivity, newActivityFields, proposalFields, withdrawInitiative } from "../support/http";
import { mailsTo, waitForMailWithSubject, waitForNewMail, type OutboxMail } from "../support/mail";

// docs/security.md, Links in mails: beyond the sign-in and sign-up mails of
// e2e/security/forwarded-headers.spec.ts, the mails that a buurtwerker's request sends to others.

const EVIL = "boze-site.example";
const FORGED = { Host: EVIL, "X-Forwarded-Host": EVIL, "X-Forwarded-Proto": "https", Origin: `https://${EVIL}` };

/** The options of an HTTP client signed in as `role` whose every request claims the forged host. */
const forgedAs = (role: DemoRole) => ({ storageState: storageStateOf(role), extraHTTPHeaders: FORGED });

/** Every link in the text, the HTML and the attachments (the calendar file) of a mail. */
function expectOwnLinks(mail: OutboxMail, baseURL: string) {
  const links = JSON.stringify(mail).match(/https?:\/\/[^\s"<>\\]+/g) ?? [];
  expect(links.length, `links in "${mail.subject}"`).toBeGreaterThan(0);
  for (const link of links) expect(link, `a link in "${mail.subject}"`).toMatch(new RegExp(`^${baseURL}/`));
  expect(JSON.stringify(mail), `"${mail.subject}" mentions the forged host`).not.toContain(EVIL);
}

test("promotion and change mails sent by a request with a forged host link to the site itself", async ({ baseURL, clientAs, httpClient }) => {
  const stamp = Date.now();
  const title = `Mail-links ${stamp}`;
  const activityId = await createActivity(baseURL!, title, 1);
  const [placed, waiting] = [`geplaatst-${stamp}@voorbeeld.nl`, `wachtend-${stamp}@voorbeeld.nl`];
  const guest = await clientAs("bezoeker");
  for (const email of [placed, waiting]) {
    await act(guest, "signUpAction", `/activiteiten/${activityId}`, {
      activityId: String(activityId), name: "Lia", email, phone: "", partySize: "1", notes: "", consent: "ja",
    });
    await waitForNewMail(email, 0);
  }

  // One more place (the waiting guest moves up) and a new address (everyone else hears of it).
  const staff = await httpClient(forgedAs("buurtwerker"));
  const reply = await act(staff, "saveActivityAction", `/beheer/activiteiten/${activityId}/bewerken`, {
    ...newActivityFields(title, 2), address: "Andere straat 2", activityId: String(activityId),
  });
  expect(reply.status, reply.body.slice(0, 300)).toBeLessThan(400);

  const promotion = await waitForNewMail(waiting, 1);
  expect(promotion.subject).toBe(`U heeft een plek: ${title}`);
  expectOwnLinks(promotion, baseURL!);
  const change = await waitForNewMail(placed, 1);
  expect(change.subject).toBe(`Veranderd: ${title}`);
  expectOwnLinks(change, baseURL!);
});

test("a status mail sent by a request with a forged host links to the site itself", async ({ baseURL, clientAs, httpClient }) => {
  const title = `Statusmail ${Date.now()}`;
  const before = mailsTo(DEMO.bewoner).length;
  const resident = await clientAs("bewoner");
  await act(resident, "proposeInitiativeAction", "/initiatieven/nieuw", proposalFields(title));
  const id = one("SELECT id FROM initiatives WHERE title = ?", title);

  const staff = await httpClient(forgedAs("buurtwerker"));
  const reply = await act(staff, "staffTransitionAction", `/beheer/initiatieven/${id}`, { initiativeId: String(id), transition: "publish" });
  expect(reply.status, reply.body.slice(0, 300)).toBeLessThan(400);

  // The receipt of the proposal is delivered after its answer and may arrive in between.
  const status = await waitForMailWithSubject(DEMO.bewoner, "Uw idee staat op de website", before);
  expectOwnLinks(status, baseURL!);
  await withdrawInitiative(baseURL!, id);
});
