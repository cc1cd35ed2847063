import { expect, request as http, type APIRequestContext } from "@playwright/test";
import { storageStateOf, type DemoRole } from "./auth";
import { one } from "./db";
import { actionIds, callAction, type ActionReply } from "./server-actions";

/** A made-up session cookie: the proxy lets it through, so only the app's own checks decide. */
const FAKE_SESSION = "authjs.session-token=nep-sessie-die-niet-bestaat";

export type Caller = "bezoeker" | DemoRole;

/** An HTTP client as a visitor (with the made-up cookie) or as a signed-in demo role. */
export function clientAs(baseURL: string, caller: Caller): Promise<APIRequestContext> {
  return caller === "bezoeker"
    ? http.newContext({ baseURL, extraHTTPHeaders: { Cookie: FAKE_SESSION, Origin: baseURL } })
    : http.newContext({ baseURL, storageState: storageStateOf(caller), extraHTTPHeaders: { Origin: baseURL } });
}

/** Calls an action by "file#name", e.g. "lib/activities/actions/signups.ts#signUpAction". */
export function act(client: APIRequestContext, action: string, page: string, fields: Record<string, string>): Promise<ActionReply> {
  const id = actionIds()[action];
  if (!id) throw new Error(`${action} is not in the build`);
  return callAction(client, id, page, fields);
}

const DAY = 86_400_000;
const localInput = (ms: number) => new Date(ms).toISOString().slice(0, 16);

/** The fields of a valid new activity a month from now. */
export function newActivityFields(title: string, places = 10): Record<string, string> {
  const start = Date.now() + 30 * DAY;
  return {
    title, description: "", wijkId: "1", address: "Stackstraat 1", startsAt: localInput(start),
    endsAt: localInput(start + DAY / 12), signupDeadline: localInput(start - DAY), places: String(places),
    maxPartySize: "2", seriesId: "", initiativeId: "",
  };
}

/** The fields of a valid proposal, sent to the buurtwerkers at once. */
export const proposalFields = (title: string) => ({
  title, pitch: "Een idee om te testen.", description: "", wijkId: "1", themeId: "1", intent: "submit",
});

/** A new activity made by the buurtwerker, as its id. */
export async function createActivity(baseURL: string, title: string, places?: number): Promise<number> {
  const staff = await clientAs(baseURL, "buurtwerker");
  await act(staff, "lib/activities/actions/staff.ts#saveActivityAction", "/beheer/activiteiten/nieuw", newActivityFields(title, places));
  await staff.dispose();
  return one("SELECT id FROM activities WHERE title = ?", title);
}

/** A new idea proposed by the demo resident and published by the buurtwerker, as its id. */
export async function publishedInitiative(baseURL: string, title: string): Promise<number> {
  const resident = await clientAs(baseURL, "bewoner");
  await act(resident, "lib/initiatives/actions/proposal.ts#proposeInitiativeAction", "/initiatieven/nieuw", proposalFields(title));
  await resident.dispose();
  const id = one("SELECT id FROM initiatives WHERE title = ?", title);
  const staff = await clientAs(baseURL, "buurtwerker");
  await act(staff, "lib/initiatives/actions/transition.ts#staffTransitionAction", `/beheer/initiatieven/${id}`, { initiativeId: String(id), transition: "publish" });
  await staff.dispose();
  return id;
}

/** The demo resident withdraws their idea again, so the public counts of other tests stay as seeded. */
export async function withdrawInitiative(baseURL: string, id: number): Promise<void> {
  const resident = await clientAs(baseURL, "bewoner");
  await act(resident, "lib/initiatives/actions/transition.ts#initiatorTransitionAction", `/initiatieven/${id}`, { initiativeId: String(id), transition: "withdraw" });
  await resident.dispose();
  expect(one<string>("SELECT status FROM initiatives WHERE id = ?", id)).toBe("ingetrokken");
}
