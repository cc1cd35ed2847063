import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { AppError } from "@/lib/platform/errors";
import { demoIds } from "../authorization/cases";
import { DEMO, type DemoRole } from "../support/auth";
import { one, readDb } from "../support/db";
import { act, clientAs, createActivity, proposalFields, type Caller } from "../support/http";
import { PHOTO_DIR, sendWithPhoto } from "../support/photo-upload";

// Claims of docs/security.md about what a refused write stores and counts.

const PROPOSAL = "lib/initiatives/actions/proposal.ts";
const NOT_SIGNED_IN = new AppError("unauthenticated").userMessage;
const WRONG_ROLE = new AppError("forbidden").userMessage;

const photos = () => (fs.existsSync(PHOTO_DIR) ? fs.readdirSync(PHOTO_DIR).sort() : []);
const hits = (pattern: string) =>
  readDb((db) => db.prepare("SELECT count(*) FROM rate_limit_hits WHERE bucket LIKE ?").pluck().get(pattern)) as number;
const idOf = (role: DemoRole) => one<string>("SELECT id FROM users WHERE email = ?", DEMO[role]);

async function attempt(caller: Caller, action: string, page: string, fields: Record<string, string>) {
  const client = await clientAs(test.info().project.use.baseURL!, caller);
  const reply = await sendWithPhoto(client, `${PROPOSAL}#${action}`, page, fields);
  await client.dispose();
  return reply;
}

test("a refused proposal stores no photo, and only a caller who passes the permission check is counted", async () => {
  const ids = demoIds();
  const onBehalf = { ...proposalFields("Geweigerd namens"), residentName: "Mevrouw Jansen", residentContact: "", residentAgreed: "on" };
  const othersIdea = { ...proposalFields("Geweigerde wijziging"), initiativeId: String(ids.othersSentBack) };
  const refused: { caller: Caller; action: string; page: string; fields: Record<string, string>; refusal: string }[] = [
    { caller: "bezoeker", action: "proposeInitiativeAction", page: "/initiatieven/nieuw", fields: proposalFields("Geweigerd"), refusal: NOT_SIGNED_IN },
    { caller: "bezoeker", action: "updateInitiativeAction", page: `/initiatieven/${ids.othersSentBack}/bewerken`, fields: othersIdea, refusal: NOT_SIGNED_IN },
    ...(["bezoeker", "bewoner", "alliantie"] as const).map((caller) => ({
      caller, action: "proposeOnBehalfAction", page: "/beheer/initiatieven/namens", fields: onBehalf, refusal: caller === "bezoeker" ? NOT_SIGNED_IN : WRONG_ROLE,
    })),
  ];
  for (const { caller, action, page, fields, refusal } of refused) {
    const [before, counted] = [photos(), hits("proposal-%")];
    const reply = await attempt(caller, action, page, fields);
    expect(reply.body, `${action} as ${caller}`).toContain(refusal);
    expect(photos(), `${action} as ${caller} stored a photo`).toEqual(before);
    expect(hits("proposal-%"), `${action} as ${caller} was counted`).toBe(counted);
  }

  // Passes the permission check, then the command refuses: another resident's idea. Counted, no photo kept.
  const resident = idOf("bewoner");
  const [before, person, ip] = [photos(), hits(`proposal-user:${resident}`), hits("proposal-ip:%")];
  const reply = await attempt("bewoner", "updateInitiativeAction", `/initiatieven/${ids.othersSentBack}/bewerken`, othersIdea);
  expect(reply.body).toContain("U kunt alleen uw eigen ideeën aanpassen.");
  expect(photos()).toEqual(before);
  expect(hits(`proposal-user:${resident}`)).toBe(person + 1);
  expect(hits("proposal-ip:%")).toBe(ip + 1);

  // The same upload by a caller who may: the photo is stored, so the checks above can see one.
  const allowed = await attempt("bewoner", "proposeInitiativeAction", "/initiatieven/nieuw", { ...proposalFields(`Met foto ${Date.now()}`), intent: "concept" });
  expect(allowed.redirectedTo, allowed.body.slice(0, 300)).toMatch(/bewaard=concept/);
  expect(photos()).toHaveLength(before.length + 1);
});

test("proposing on behalf of a resident counts against the buurtwerker's proposal limit", async ({ baseURL }) => {
  const staff = idOf("buurtwerker");
  const [person, ip] = [hits(`proposal-user:${staff}`), hits("proposal-ip:%")];
  const title = `Namens limiet ${Date.now()}`;
  const client = await clientAs(baseURL!, "buurtwerker");
  const reply = await act(client, `${PROPOSAL}#proposeOnBehalfAction`, "/beheer/initiatieven/namens", {
    ...proposalFields(title), residentName: "Meneer Peters", residentContact: "", residentAgreed: "on",
  });
  expect(reply.redirectedTo, reply.body.slice(0, 300)).toMatch(/bewaard=namens/);
  expect(hits(`proposal-user:${staff}`)).toBe(person + 1);
  expect(hits("proposal-ip:%")).toBe(ip + 1);
  // Out of the buurtwerkers' queue again.
  const id = String(one("SELECT id FROM initiatives WHERE title = ?", title));
  await act(client, "lib/initiatives/actions/transition.ts#staffTransitionAction", `/beheer/initiatieven/${id}`, { initiativeId: id, transition: "reject", note: "Test." });
  await client.dispose();
});

test("a signed-in sign-up counts per e-mail address, not per account", async ({ baseURL }) => {
  const activityId = await createActivity(baseURL!, `Aanmelding met account ${Date.now()}`);
  const [byAddress, byAccount] = [hits(`signup-user:${DEMO.bewoner}`), hits(`signup-user:${idOf("bewoner")}`)];
  const client = await clientAs(baseURL!, "bewoner");
  const reply = await act(client, "lib/activities/actions/signups.ts#signUpAction", `/activiteiten/${activityId}`, {
    activityId: String(activityId), name: "Fatima", email: DEMO.bewoner.toUpperCase(), phone: "", partySize: "1", notes: "", consent: "ja",
  });
  await client.dispose();
  expect(reply.body).toContain("U bent aangemeld");
  expect(hits(`signup-user:${DEMO.bewoner}`)).toBe(byAddress + 1);
  expect(hits(`signup-user:${idOf("bewoner")}`)).toBe(byAccount);
});
