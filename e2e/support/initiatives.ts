import type { Page } from "@playwright/test";
import { DEMO } from "./auth";
import { expect } from "./fixtures";

export const RESIDENTS = {
  jan: "jan.hoensbroek@demo.example.org",
  anouk: "anouk@demo.example.org",
  mehmet: "mehmet@demo.example.org",
  els: "els@demo.example.org",
} as const;

export const uniqueTitle = (prefix: string) => `${prefix} ${Date.now().toString(36)}`;

/** Fills the proposal form with valid values and clicks one of its two buttons. */
export async function proposeIdea(page: Page, title: string, button: "Insturen" | "Bewaren als concept" = "Insturen"): Promise<number> {
  await page.goto("/initiatieven/nieuw");
  await page.getByLabel("Titel van uw idee").fill(title);
  await page.getByLabel("Uw idee in één of twee zinnen").fill("Samen iets moois maken voor de straat.");
  await page.getByLabel("Vertel meer (mag u leeg laten)").fill("Wij willen het samen doen.");
  await page.getByLabel("In welke wijk?").selectOption({ label: "Heksenberg" });
  await page.getByLabel("Waar gaat het over?").selectOption({ label: "Wonen" });
  await page.getByLabel("Hulp van buren").check();
  await page.getByRole("button", { name: button, exact: true }).click();
  await expect(page).toHaveURL(/\/initiatieven\/\d+\?bewaard=/);
  return Number(page.url().match(/initiatieven\/(\d+)/)![1]);
}

/** The buurtwerker takes one step on the staff page of an idea. */
export async function staffStep(page: Page, id: number, button: string, fill?: { label: string; value: string }) {
  await page.goto(`/beheer/initiatieven/${id}`);
  if (fill) await page.getByLabel(fill.label).fill(fill.value);
  await page.getByRole("button", { name: button, exact: true }).click();
}

export { DEMO };
