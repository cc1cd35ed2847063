import { expect, type Page } from "@playwright/test";
import { linkIn, mailsTo, waitForNewMail } from "./mail";

export const DEMO = {
  bewoner: "bewoner@demo.example.org",
  buurtwerker: "buurtwerker@demo.example.org",
  alliantie: "alliantie@demo.example.org",
  beheerder: "beheerder@demo.example.org",
  projectteam: "projectteam@demo.example.org",
  participatiecoach: "coach@demo.example.org",
} as const;
export type DemoRole = keyof typeof DEMO;

/** Where the signed-in browser state of each demo role is kept (written by auth.setup.ts). */
export const storageStateOf = (role: DemoRole) => `data/e2e/auth/${role}.json`;

/** Asks a sign-in link the way a resident does and returns it from the outbox. */
export async function requestSignInLink(page: Page, email: string): Promise<string> {
  const before = mailsTo(email).length;
  await page.goto("/inloggen");
  await page.getByLabel("Uw e-mailadres").fill(email);
  await page.getByRole("button", { name: "Stuur mij een inloglink" }).click();
  await expect(page.getByRole("heading", { name: "Kijk in uw mail" })).toBeVisible();
  return linkIn(await waitForNewMail(email, before), "/api/auth/callback/");
}

/** Signs in through the e-mail link, as a resident would. */
export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(await requestSignInLink(page, email));
  await expect(page).not.toHaveURL(/\/inloggen/);
}
