import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/**
 * WCAG 2.2 A and AA rules, with the experimental label-content-name-mismatch (2.5.3 Label in Name:
 * a voice-control user says the words they see): no violations, and nothing axe could not decide
 * ("needs review", e.g. text over a picture whose contrast it cannot measure) either; and nothing
 * sticks out sideways at 360 px.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // Right after a server action's answer is visible, the page's <title> can still be on its way
  // (seen twice in one CI run); wait for it a moment, and axe still fails a page that has none.
  await page.waitForFunction(() => document.title !== "", undefined, { timeout: 5_000 }).catch(() => undefined);
  const analyze = () =>
    new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
      .options({ rules: { "label-content-name-mismatch": { enabled: true } } })
      .analyze();
  let results = await analyze();
  // A page still settling after a redirect can leave a rule undecided (heading-order was, once in a
  // CI run, on a page whose headings are in order); what axe cannot decide on a settled page fails.
  if (results.incomplete.length > 0) {
    await page.waitForLoadState("load");
    results = await analyze();
  }
  const summary = (found: typeof results.violations) => found.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary(results.violations)).toEqual([]);
  expect(summary(results.incomplete), "needs review").toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, "horizontal scrolling").toBeLessThanOrEqual(0);
}
