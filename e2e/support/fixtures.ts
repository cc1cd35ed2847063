import {
  test as base,
  type APIRequest,
  type APIRequestContext,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from "@playwright/test";
import { signIn, storageStateOf, type DemoRole } from "./auth";
import { clientAs, type Caller } from "./http";
import { SignupForm } from "./signup-form";

export { expect } from "@playwright/test";

export type Who = DemoRole | "bezoeker";

type HttpOptions = NonNullable<Parameters<APIRequest["newContext"]>[0]>;

const NO_SESSION = { cookies: [], origins: [] };

type Fixtures = {
  /**
   * A page in a browser context of its own, signed in as a demo role, without a session
   * ("bezoeker"), or with the session of another page (e.g. a new resident's, to continue without
   * JavaScript). It has the project's phone settings; every context opened is closed after the test.
   */
  pageAs: (who: Who | Page, options?: BrowserContextOptions) => Promise<Page>;
  /** A page signed in through the mail link as any address (a demo resident, or someone new). */
  pageAsResident: (email: string) => Promise<Page>;
  /** An HTTP client as a visitor or a demo role (see http.ts); every one is disposed after the test. */
  clientAs: (caller: Caller) => Promise<APIRequestContext>;
  /** An HTTP client with options of its own (e.g. forged headers); disposed after the test. */
  httpClient: (options: HttpOptions) => Promise<APIRequestContext>;
  /** The sign-up form of the activity open on a page: the test's own page unless another is given. */
  signupForm: (page?: Page) => SignupForm;
};

export const test = base.extend<Fixtures>({
  pageAs: async ({ browser }, provide) => {
    const contexts: BrowserContext[] = [];
    await provide(async (who, options = {}) => {
      // The test's own options (viewport, locale, javaScriptEnabled, …) apply to new contexts too;
      // the session is always the one asked for here, never the storageState of a test.use.
      const storageState = typeof who !== "string" ? await who.context().storageState() : who === "bezoeker" ? NO_SESSION : storageStateOf(who);
      const context = await browser.newContext({ ...options, storageState });
      contexts.push(context);
      return context.newPage();
    });
    await Promise.all(contexts.map((context) => context.close()));
  },

  pageAsResident: async ({ pageAs }, provide) => {
    await provide(async (email) => {
      const page = await pageAs("bezoeker");
      await signIn(page, email);
      return page;
    });
  },

  signupForm: async ({ page }, provide) => {
    await provide((on = page) => new SignupForm(on));
  },

  httpClient: async ({ playwright, baseURL }, provide) => {
    const clients: APIRequestContext[] = [];
    await provide(async (options) => {
      const client = await playwright.request.newContext({ baseURL, ...options });
      clients.push(client);
      return client;
    });
    await Promise.all(clients.map((client) => client.dispose()));
  },

  clientAs: async ({ baseURL }, provide) => {
    const clients: APIRequestContext[] = [];
    await provide(async (caller) => {
      const client = await clientAs(baseURL!, caller);
      clients.push(client);
      return client;
    });
    await Promise.all(clients.map((client) => client.dispose()));
  },
});
