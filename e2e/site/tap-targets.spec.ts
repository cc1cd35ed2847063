import type { Page } from "@playwright/test";
import { storageStateOf } from "../support/auth";
import { expect, test } from "../support/fixtures";

// Every page type, at the 360 px of the project's phone viewport.
const VISITOR_PAGES = ["/", "/initiatieven", "/initiatieven/1", "/activiteiten", "/activiteiten/1", "/cijfers", "/cijfers/tabel/wijken", "/privacy", "/inloggen", "/inloggen/verstuurd", "/inloggen/fout?error=Verification", "/aanmelding/code", "/bestaat-niet", "/projecten", "/projecten/2", "/vragen/1/1", "/vragen/1/versturen", "/meedoen/5", "/meedoen/afmelden", "/projecten/3/kiezen", "/projecten/4", "/buurtmonitor", "/toegankelijkheid", "/mijn-traject", "/mijn-traject/code", "/vragen/1/klaar", "/projecten/stoppen/onzin"];
const STAFF_PAGES = ["/", "/account", "/beheer", "/beheer/initiatieven", "/beheer/initiatieven/1", "/beheer/initiatieven/namens", "/beheer/activiteiten", "/beheer/activiteiten/1", "/beheer/activiteiten/11", "/beheer/activiteiten/1/inchecken", "/beheer/activiteiten/1/aanmelden", "/beheer/activiteiten/nieuw", "/beheer/gebruikers", "/beheer/logboek", "/beheer/instellingen", "/dashboard", "/initiatieven/nieuw", "/beheer/projecten", "/beheer/projecten/2", "/beheer/projecten/2/vragen", "/beheer/projecten/2/papier", "/beheer/projecten/nieuw", "/beheer/projecten/3", "/dashboard/effect", "/beheer/buurtmonitor", `/beheer/buurtmonitor/${new Date().getUTCFullYear()}/papier?wijk=1`];

/**
 * Every visible link, button and field smaller than 44 px tall, links inside a sentence too (no
 * use of WCAG 2.5.8's inline exception). A checkbox or radio counts with its label, which is the target.
 */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = 'a[href], button, summary, select, textarea, input:not([type="hidden"]), [role="button"], [tabindex]:not([tabindex="-1"])';
    const small: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
      const rect = el.getBoundingClientRect();
      // Hidden, or visually hidden until focused (the skip link, which is large once it shows).
      if (!el.checkVisibility() || rect.width <= 1 || rect.height <= 1 || el.closest(".sr-only")) continue;
      // A form's honeypot: off screen, out of the tab order and hidden from everyone; no one taps it.
      if (el.closest('[aria-hidden="true"]') && el.tabIndex === -1) continue;
      // A checkbox or radio is tapped on its label too: the taller of the two counts.
      const toggle = el instanceof HTMLInputElement && ["checkbox", "radio"].includes(el.type);
      const target = toggle ? [el, ...Array.from((el as HTMLInputElement).labels ?? [])].reduce((a, b) => (b.getBoundingClientRect().height > a.getBoundingClientRect().height ? b : a)) : el;
      if (target.getBoundingClientRect().height >= 43.5) continue;
      small.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? el.getAttribute("aria-label") ?? "").trim().slice(0, 40)}" ${Math.round(target.getBoundingClientRect().height)}px`);
    }
    return small;
  });
}

/** The header: at most about 120 px tall, and every menu word fully in view beside its icon. */
async function expectCompactHeader(page: Page) {
  const header = page.locator("body > header");
  const box = await header.boundingBox();
  expect(box!.height, "header height").toBeLessThanOrEqual(120);
  // Each menu word fits its own link, the links do not overlap, and all are on screen.
  const boxes = await header.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link").evaluateAll((links) =>
    links.map((el) => {
      const box = el.getBoundingClientRect();
      return { left: box.left, right: box.right, fits: el.scrollWidth <= el.clientWidth && (el.textContent ?? "").trim().length > 0 };
    }),
  );
  expect(boxes).toHaveLength(4);
  boxes.forEach((box, i) => {
    expect(box.fits).toBe(true);
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(360);
    if (i > 0) expect(box.left).toBeGreaterThanOrEqual(boxes[i - 1]!.right);
  });
}

async function checkPage(page: Page, path: string) {
  await page.goto(path);
  expect(page.viewportSize()?.width).toBe(360);
  expect(await smallTargets(page), path).toEqual([]);
  await expectCompactHeader(page);
}

test.describe("every tap target is at least 44 px tall, and the header stays small, at 360 px", () => {
  test("for a visitor", async ({ page }) => {
    for (const path of VISITOR_PAGES) await checkPage(page, path);
  });

  test.describe("for a beheerder", () => {
    test.use({ storageState: storageStateOf("beheerder") });
    test("on the staff pages", async ({ page }) => {
      for (const path of STAFF_PAGES) await checkPage(page, path);
    });
  });

  test.describe("for a participatiecoach", () => {
    test.use({ storageState: storageStateOf("participatiecoach") });
    test("on the coach's pages", async ({ page }) => {
      for (const path of ["/coach", "/coach/nieuw", "/coach/1"]) await checkPage(page, path);
    });
  });

  test.describe("for a bewoner", () => {
    test.use({ storageState: storageStateOf("bewoner") });
    test("on their account and an idea", async ({ page }) => {
      for (const path of ["/account", "/account/verwijderen", "/initiatieven/1", "/initiatieven/1/activiteiten/nieuw", "/activiteiten/1", "/activiteiten/10"]) await checkPage(page, path);
    });
  });

  test("the whole card in a list is the link", async ({ page }) => {
    for (const path of ["/", "/initiatieven", "/activiteiten"]) {
      await page.goto(path);
      const item = page.getByRole("main").getByRole("listitem").first();
      const href = await item.getByRole("link").first().getAttribute("href");
      await item.scrollIntoViewIfNeeded();
      const box = (await item.boundingBox())!;
      expect(box.height, path).toBeGreaterThan(80);
      // A tap low on the card, on its description, lands on the link: its layer covers the card.
      const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.closest("a")?.getAttribute("href") ?? null, [box.x + box.width / 2, box.y + box.height - 8]);
      expect(hit, path).toBe(href);
    }
  });
});
