import type { Page } from "@playwright/test";

/** "06 1234 5678" as the E.164 number the site stores. */
export const e164 = (typed: string) => `+31${typed.replace(/\s/g, "").slice(1)}`;

/** The agreements and the consent on /coach/nieuw, as a coach fills them in with the client. */
export async function fillTrajectoryTerms(coach: Page, terms: { hours: string; kind: string; group: string; step: string }): Promise<void> {
  await coach.getByLabel("Gepland einde").fill("2031-06-30");
  await coach.getByLabel("Uren per week").fill(terms.hours);
  await coach.getByLabel("Soort", { exact: true }).selectOption({ label: terms.kind });
  await coach.getByLabel("Groep", { exact: true }).selectOption(terms.group);
  await coach.getByLabel("Stap op de participatieladder nu").selectOption({ label: terms.step });
  await coach.getByLabel("De deelnemer heeft deze tekst gelezen en geeft toestemming.").check();
}
