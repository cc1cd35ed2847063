import type { LimitedWrite } from "@/lib/platform/auth/rate-limit";
import { DEMO } from "../support/auth";
import { one, readDb } from "../support/db";
import { expect, test } from "../support/fixtures";
import { act, createActivity, proposalFields, withdrawInitiative, type Caller } from "../support/http";

const hits = (pattern: string) =>
  readDb((db) => db.prepare("SELECT count(*) FROM rate_limit_hits WHERE bucket LIKE ?").pluck().get(pattern)) as number;

const BACKING = "lib/initiatives/actions/backing.ts";
const MODERATION = "lib/initiatives/actions/moderation.ts";
const PROPOSAL = "lib/initiatives/actions/proposal.ts";
const TRANSITION = "lib/initiatives/actions/transition.ts";

/** One real write of each limited kind: it must count once for the person and once for the IP address. */
test("every limited write counts against its hourly limit, per person and per IP", async ({ baseURL, clientAs }) => {
  const stamp = Date.now();
  const title = `Limiettest ${stamp}`;
  const email = `limiet-${stamp}@voorbeeld.nl`;
  const idOf = (role: keyof typeof DEMO) => one<string>("SELECT id FROM users WHERE email = ?", DEMO[role]);
  const activityId = await createActivity(baseURL!, `Limiettest ${stamp}`);

  async function write(kind: LimitedWrite, caller: Caller, who: string, action: string, page: string, fields: Record<string, string>) {
    const [person, ip] = [hits(`${kind}-user:${who}`), hits(`${kind}-ip:%`)];
    const reply = await act(await clientAs(caller), action, page, fields);
    expect(reply.status, `${action}: ${reply.body.slice(0, 200)}`).toBeLessThan(400);
    expect(hits(`${kind}-user:${who}`), `${action} per person`).toBe(person + 1);
    expect(hits(`${kind}-ip:%`), `${action} per IP`).toBe(ip + 1);
  }
  const resident = idOf("bewoner");
  const staff = idOf("buurtwerker");

  await write("proposal", "bewoner", resident, `${PROPOSAL}#proposeInitiativeAction`, "/initiatieven/nieuw", proposalFields(title));
  const id = String(one("SELECT id FROM initiatives WHERE title = ?", title));
  const staffStep = async (transition: string) => {
    await act(await clientAs("buurtwerker"), `${TRANSITION}#staffTransitionAction`, `/beheer/initiatieven/${id}`, { initiativeId: id, transition, note: "Graag een zin erbij." });
  };
  await staffStep("send_back");
  await write("proposal", "bewoner", resident, `${PROPOSAL}#updateInitiativeAction`, `/initiatieven/${id}/bewerken`, { ...proposalFields(title), initiativeId: id });
  await staffStep("publish");

  const onIdea = { initiativeId: id };
  await write("backing", "buurtwerker", staff, `${BACKING}#backInitiativeAction`, `/initiatieven/${id}`, onIdea);
  await write("backing", "buurtwerker", staff, `${BACKING}#offerHelpAction`, `/initiatieven/${id}`, { ...onIdea, helpNote: "Ik help." });
  await write("backing", "buurtwerker", staff, `${BACKING}#withdrawBackingAction`, `/initiatieven/${id}`, onIdea);
  await write("comment", "bewoner", resident, `${MODERATION}#addCommentAction`, `/initiatieven/${id}`, { ...onIdea, body: "Mooi." });
  await write("report", "buurtwerker", staff, `${MODERATION}#reportAction`, `/initiatieven/${id}`, { ...onIdea, commentId: "", reason: "spam", note: "" });
  await write("signup", "bezoeker", email, "lib/activities/actions/signups.ts#signUpAction", `/activiteiten/${activityId}`, {
    activityId: String(activityId), name: "Lia", email, phone: "", partySize: "1", notes: "", consent: "ja",
  });
  await write("signin", "bezoeker", email, "lib/accounts/actions/accounts.ts#requestSignInLinkAction", "/inloggen", { email, terug: "/" });

  await withdrawInitiative(baseURL!, Number(id));
});
