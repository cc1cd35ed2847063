import fc from "fast-check";
import type { Page } from "@playwright/test";
import { NAME_MAX, NOTES_MAX } from "@/lib/activities/fields";
import { COMMENT_MAX, DESCRIPTION_MAX, PITCH_MAX, TITLE_MAX } from "@/lib/initiatives/fields";
import { hostileValue, isDutchMessage } from "../../tests/support/fuzz-values";
import { one, readDb } from "../support/db";
import { expect, test } from "../support/fixtures";
import { act, createActivity, proposalFields, publishedInitiative, withdrawInitiative } from "../support/http";
import { actionResult, type ActionReply } from "../support/server-actions";

const RUNS = 150;
const MARKUP = `<script>document.title="gehackt"</script><img src="x" onerror="document.title='gehackt'">`;

/** A form field as a browser could send it: always text, often valid, otherwise anything. */
const field = (valid: string) =>
  fc.oneof({ arbitrary: fc.constant(valid), weight: 2 }, { arbitrary: hostileValue.map((v) => (typeof v === "string" ? v : JSON.stringify(v) ?? "")), weight: 1 });

/** No server error, and an answer of the action: accepted (or redirected on), or refused with Dutch messages only. */
function expectHandled(reply: ActionReply, sent: Record<string, string>) {
  const label = JSON.stringify(sent).slice(0, 200);
  expect(reply.status, label).toBeLessThan(500);
  if (reply.redirectedTo) return;
  const result = actionResult(reply);
  expect(result, `${label}: ${JSON.stringify(reply.body.slice(0, 600))}`).not.toBeNull();
  if (result!.ok) return;
  // defineAction answers an unexpected exception with this message: a crash in disguise.
  expect(result!.message, label).not.toMatch(/Er ging iets mis aan onze kant/);
  const messages = [result!.message ?? "", ...Object.values(result!.fieldErrors ?? {}).flat()];
  for (const message of messages) expect(isDutchMessage(message ?? ""), `${message} for ${label}`).toBe(true);
}

/** Markup stored by a resident shows as its text, and nothing of it runs or loads. */
async function expectInert(page: Page) {
  await expect(page.getByText(MARKUP).first()).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(await page.title()).not.toBe("gehackt");
}

test.describe("the main actions under generated input over HTTP", () => {
  test(`${RUNS} generated sign-ups: never a server error, Dutch refusals, stored text within limits and inert`, async ({ baseURL, clientAs, pageAs }) => {
    const activityId = await createActivity(baseURL!, `Fuzztest aanmelden ${Date.now()}`, 2000);
    const visitor = await clientAs("bezoeker");
    const inputs = fc.sample(
      fc.record({ name: field("Anna"), phone: field(""), partySize: field("1"), notes: field(""), consent: fc.constantFrom("ja", "ja", "ja", "", "nee"), odd: fc.boolean(), email: field("") }),
      { numRuns: RUNS, seed: 20261123 },
    );
    for (const [i, input] of inputs.entries()) {
      const { odd, ...rest } = input;
      // Mostly a fresh valid address, so the per-address limit does not end the run early.
      const fields = { ...rest, activityId: String(activityId), email: odd ? rest.email : `fuzz-${i}-${Date.now()}@voorbeeld.nl` };
      expectHandled(await act(visitor, "lib/activities/actions/signups.ts#signUpAction", `/activiteiten/${activityId}`, fields), fields);
    }
    const marked = { activityId: String(activityId), name: MARKUP.slice(0, NAME_MAX), email: `markup-${Date.now()}@voorbeeld.nl`, phone: "", partySize: "1", notes: MARKUP, consent: "ja" };
    expectHandled(await act(visitor, "lib/activities/actions/signups.ts#signUpAction", `/activiteiten/${activityId}`, marked), marked);

    const stored = readDb((db) => db.prepare("SELECT name, notes FROM signups WHERE activity_id = ?").all(activityId)) as { name: string; notes: string | null }[];
    expect(stored.length).toBeGreaterThan(10);
    for (const row of stored) {
      expect([...row.name].length).toBeLessThanOrEqual(NAME_MAX);
      expect([...(row.notes ?? "")].length).toBeLessThanOrEqual(NOTES_MAX);
    }

    const page = await pageAs("buurtwerker");
    await page.goto(`/beheer/activiteiten/${activityId}`);
    await expectInert(page);
  });

  test(`${RUNS} generated comments: never a server error, Dutch refusals, stored text within limits and inert`, async ({ baseURL, clientAs, pageAs }) => {
    const initiativeId = await publishedInitiative(baseURL!, `Fuzztest reacties ${Date.now()}`);
    const resident = await clientAs("bewoner");
    const bodies = fc.sample(field("Goed idee!"), { numRuns: RUNS, seed: 20261124 });
    for (const body of [...bodies, MARKUP]) {
      const fields = { initiativeId: String(initiativeId), body };
      expectHandled(await act(resident, "lib/initiatives/actions/moderation.ts#addCommentAction", `/initiatieven/${initiativeId}`, fields), fields);
    }

    const stored = readDb((db) => db.prepare("SELECT body FROM comments WHERE initiative_id = ?").pluck().all(initiativeId)) as string[];
    expect(stored.length).toBeGreaterThan(10);
    for (const body of stored) expect([...body].length).toBeLessThanOrEqual(COMMENT_MAX);

    const page = await pageAs("bezoeker");
    await page.goto(`/initiatieven/${initiativeId}`);
    await expectInert(page);
    await withdrawInitiative(baseURL!, initiativeId);
  });

  test(`${RUNS} generated proposals from a new resident: never a server error, Dutch refusals, stored text within limits and inert`, async ({ pageAsResident }) => {
    // A resident of its own, and concepts only: nothing of this shows up for anyone else.
    const email = `fuzz-voorstel-${Date.now()}@voorbeeld.nl`;
    const page = await pageAsResident(email);
    const valid = proposalFields("Bankje");
    const inputs = fc.sample(
      fc.record({ title: field(valid.title), pitch: field(valid.pitch), description: field(""), wijkId: field("1"), themeId: field("1"), needsMoney: fc.constantFrom("on", ""), moneyAmount: field("") }),
      { numRuns: RUNS, seed: 20261125 },
    );
    for (const input of [...inputs, { ...valid, title: MARKUP.slice(0, TITLE_MAX), description: MARKUP }]) {
      const fields = { ...input, intent: "concept" };
      expectHandled(await act(page.request, "lib/initiatives/actions/proposal.ts#proposeInitiativeAction", "/initiatieven/nieuw", fields), fields);
    }
    const userId = one<string>("SELECT id FROM users WHERE email = ?", email);
    const stored = readDb((db) => db.prepare("SELECT id, title, pitch, description, status FROM initiatives WHERE initiator_id = ?").all(userId)) as {
      id: number; title: string; pitch: string; description: string; status: string;
    }[];
    expect(stored.length).toBeGreaterThan(10);
    for (const row of stored) {
      expect(row.status).toBe("concept");
      expect([...row.title].length).toBeLessThanOrEqual(TITLE_MAX);
      expect([...row.pitch].length).toBeLessThanOrEqual(PITCH_MAX);
      expect([...row.description].length).toBeLessThanOrEqual(DESCRIPTION_MAX);
    }
    await page.goto(`/initiatieven/${stored.at(-1)!.id}`);
    await expectInert(page);
  });
});
