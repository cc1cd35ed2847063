import type { Page } from "@playwright/test";
import { expect, test, type Who } from "../support/fixtures";

/** Words a B1 reader stumbles on: each has an everyday Dutch word on these pages. */
const HARD_WORDS = /\b(online|coach\w*|download\w*|CSV|dashboard)\b/gi;

const PAGES: Record<"bezoeker" | "bewoner" | "alliantie", string[]> = {
  bezoeker: ["/", "/initiatieven", "/initiatieven/1", "/activiteiten", "/activiteiten/1", "/cijfers", "/cijfers/tabel/steun", "/privacy", "/toegankelijkheid", "/inloggen", "/inloggen/verstuurd", "/projecten", "/meedoen"],
  bewoner: ["/", "/account", "/account/verwijderen", "/initiatieven/1", "/initiatieven/nieuw", "/meedoen"],
  alliantie: ["/", "/initiatieven", "/initiatieven/1", "/activiteiten", "/cijfers", "/account", "/dashboard", "/dashboard/tabel/wijken", "/projecten", "/privacy"],
};

/** The hard words in the text a person reads on the page (not in addresses or code). */
const hardWordsOn = async (page: Page) => (await page.locator("body").innerText()).match(HARD_WORDS) ?? [];

for (const who of Object.keys(PAGES) as (keyof typeof PAGES)[]) {
  test(`residents' and alliance pages use everyday words, for a ${who}`, async ({ pageAs }) => {
    const page = await pageAs(who as Who);
    for (const path of PAGES[who]) {
      await page.goto(path);
      expect(await hardWordsOn(page), path).toEqual([]);
    }
  });
}

test("the alliance's header fits 360 px on every page it opens", async ({ pageAs }) => {
  const page = await pageAs("alliantie");
  for (const path of PAGES.alliantie) {
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
    const header = page.locator("body > header");
    expect(await header.evaluate((el) => el.scrollWidth), `${path} header`).toBeLessThanOrEqual(360);
    await expect(header.getByRole("link", { name: "Overzicht" })).toBeInViewport({ ratio: 1 });
  }
});
