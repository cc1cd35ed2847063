import fs from "node:fs";
import path from "node:path";
import { expect, request as http, test } from "@playwright/test";
import { PHOTO_DIR, sendWithPhoto } from "../support/photo-upload";
import { signIn } from "../support/auth";
import { one } from "../support/db";
import { act, clientAs, proposalFields } from "../support/http";

// docs/privacy.md, Delete my account: what an idea shows after its initiator left, and what
// happens to the photos of their concepts. The account is deleted through the real action.

const PROPOSAL = "lib/initiatives/actions/proposal.ts#proposeInitiativeAction";

test("after deleting an account its idea shows oud-bewoner, and the photos of its concepts are gone", async ({ page, baseURL }) => {
  const stamp = Date.now();
  const name = `Vertrekker ${stamp}`;
  await signIn(page, `vertrekker-${stamp}@voorbeeld.nl`);
  const leaver = await http.newContext({ baseURL, storageState: await page.context().storageState(), extraHTTPHeaders: { Origin: baseURL! } });
  await act(leaver, "lib/accounts/actions/accounts.ts#saveProfileAction", "/account/welkom", { displayName: name, wijkId: "" });

  const conceptTitle = `Concept met foto ${stamp}`;
  const concept = await sendWithPhoto(leaver, PROPOSAL, "/initiatieven/nieuw", { ...proposalFields(conceptTitle), intent: "concept" });
  expect(concept.redirectedTo, concept.body.slice(0, 300)).toMatch(/bewaard=concept/);
  const photo = path.join(PHOTO_DIR, one<string>("SELECT photo_path FROM initiatives WHERE title = ?", conceptTitle));
  expect(fs.existsSync(photo)).toBe(true);

  const ideaTitle = `Blijft staan ${stamp}`;
  await act(leaver, PROPOSAL, "/initiatieven/nieuw", proposalFields(ideaTitle));
  const id = one("SELECT id FROM initiatives WHERE title = ?", ideaTitle);
  const staff = await clientAs(baseURL!, "buurtwerker");
  await act(staff, "lib/initiatives/actions/transition.ts#staffTransitionAction", `/beheer/initiatieven/${id}`, { initiativeId: String(id), transition: "publish" });
  await page.goto(`/initiatieven/${id}`);
  await expect(page.getByText(name).first()).toBeVisible();

  const deleted = await act(leaver, "lib/accounts/actions/accounts.ts#deleteOwnAccountAction", "/account/verwijderen", { bevestiging: "ja" });
  await leaver.dispose();
  expect(deleted.redirectedTo, deleted.body.slice(0, 300)).toMatch(/\/tot-ziens/);

  expect(fs.existsSync(photo), "the concept's photo is removed").toBe(false);

  const visitor = await http.newContext({ baseURL });
  const ideaPage = await (await visitor.get(`/initiatieven/${id}`)).text();
  expect(ideaPage).toContain("oud-bewoner");
  expect(ideaPage).not.toContain(name);
  const api = await (await visitor.get(`/api/v1/initiatives/${id}`)).json();
  expect(api.initiator).toBe("oud-bewoner");
  await visitor.dispose();

  // Out of the public lists again, so other tests' counts stay as seeded.
  await act(staff, "lib/initiatives/actions/moderation.ts#reviewAction", `/beheer/initiatieven/${id}`, { initiativeId: String(id), commentId: "", decision: "hide", reason: "Test." });
  await staff.dispose();
});
