import type { ActionName } from "./action-names";
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

/**
 * Runs `run` with a client as `caller` and disposes the client afterwards, also when `run` throws.
 * For helpers and hooks where the clientAs fixture of fixtures.ts is not at hand (beforeAll, afterAll).
 */
export async function withClientAs<T>(baseURL: string, caller: Caller, run: (client: APIRequestContext) => Promise<T>): Promise<T> {
  const client = await clientAs(baseURL, caller);
  try {
    return await run(client);
  } finally {
    await client.dispose();
  }
}

/** Calls a server action by its name, e.g. "signUpAction". */
export function act(client: APIRequestContext, action: ActionName, page: string, fields: Record<string, string>): Promise<ActionReply> {
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
  await withClientAs(baseURL, "buurtwerker", (staff) =>
    act(staff, "saveActivityAction", "/beheer/activiteiten/nieuw", newActivityFields(title, places)),
  );
  return one("SELECT id FROM activities WHERE title = ?", title);
}

/** A new idea proposed by the demo resident and published by the buurtwerker, as its id. */
export async function publishedInitiative(baseURL: string, title: string): Promise<number> {
  await withClientAs(baseURL, "bewoner", (resident) =>
    act(resident, "proposeInitiativeAction", "/initiatieven/nieuw", proposalFields(title)),
  );
  const id = one("SELECT id FROM initiatives WHERE title = ?", title);
  await withClientAs(baseURL, "buurtwerker", (staff) =>
    act(staff, "staffTransitionAction", `/beheer/initiatieven/${id}`, { initiativeId: String(id), transition: "publish" }),
  );
  return id;
}

/** The demo resident withdraws their idea again, so the public counts of other tests stay as seeded. */
export async function withdrawInitiative(baseURL: string, id: number): Promise<void> {
  await withClientAs(baseURL, "bewoner", (resident) =>
    act(resident, "initiatorTransitionAction", `/initiatieven/${id}`, { initiativeId: String(id), transition: "withdraw" }),
  );
  expect(one<string>("SELECT status FROM initiatives WHERE id = ?", id)).toBe("ingetrokken");
}
