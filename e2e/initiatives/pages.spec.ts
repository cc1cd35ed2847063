import { expectNoAxeViolations } from "../support/axe";
import { proposeIdea, staffStep, uniqueTitle } from "../support/initiatives";
import { expect, test } from "../support/fixtures";

test("the list filters by wijk, searches, sorts and is shareable by URL; the API answers the same", async ({ page, request }) => {
  await page.goto("/initiatieven");
  await page.getByLabel("Wijk").selectOption({ label: "Vrieheide-De Stack" });
  await page.getByRole("button", { name: "Zoeken" }).click();
  await expect(page).toHaveURL(/wijk=\d+/);
  await expect(page.getByRole("link", { name: "Moestuin achter de flat" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Klusdag voor de buren" })).toHaveCount(0);

  await page.goto("/initiatieven?q=taal");
  await expect(page.getByRole("link", { name: "Taalcafé in de bibliotheek" })).toBeVisible();
  await expect(page.getByText("1 idee gevonden.")).toBeVisible();

  await page.goto("/initiatieven?sort=steun&status=zoekt_steun");
  await expect(page.getByRole("main").getByRole("listitem").first()).toContainText("Moestuin achter de flat");

  const list = await (await request.get("/api/v1/initiatives?q=taal")).json();
  expect(list.total).toBe(1);
  expect(list.items[0].title).toBe("Taalcafé in de bibliotheek");
  const detail = await request.get(`/api/v1/initiatives/${list.items[0].id}`);
  const body = await detail.text();
  expect(JSON.parse(body).initiator).toBeTruthy();
  expect(body).not.toContain("@");
  expect((await request.get("/api/v1/initiatives/999999")).status()).toBe(404);
});

// Each role's pages in a test of its own: fourteen axe runs in one test outlast its timeout on a busy machine.
test("the public pages of initiatives pass axe at 360 px", async ({ page }) => {
  for (const path of ["/", "/initiatieven", "/initiatieven?q=zzz", "/initiatieven/1"]) {
    await page.goto(path);
    await expectNoAxeViolations(page);
  }
  await page.screenshot({ path: "test-results/initiatives-detail-360.png", fullPage: true });
});

test("the resident's pages of initiatives pass axe at 360 px, also with errors shown", async ({ pageAs }) => {
  const resident = await pageAs("bewoner");
  const id = await proposeIdea(resident, uniqueTitle("Axe-idee"), "Insturen");
  const conceptId = await proposeIdea(resident, uniqueTitle("Axe-concept"), "Bewaren als concept");
  for (const path of ["/initiatieven/nieuw", `/initiatieven/${id}`, `/initiatieven/${conceptId}/bewerken`, "/account", "/initiatieven/2"]) {
    await resident.goto(path);
    await expectNoAxeViolations(resident);
  }
  await resident.goto("/initiatieven/nieuw");
  await resident.getByRole("button", { name: "Insturen", exact: true }).click();
  await expect(resident.locator("#title-error")).toHaveText("Vul een titel in.");
  await expectNoAxeViolations(resident);
  await resident.screenshot({ path: "test-results/initiatives-form-360.png", fullPage: true });
});

test("the buurtwerker's pages and the withdraw step pass axe at 360 px", async ({ pageAs }) => {
  const resident = await pageAs("bewoner");
  const worker = await pageAs("buurtwerker");
  const id = await proposeIdea(resident, uniqueTitle("Axe-beheer"), "Insturen");
  await staffStep(worker, id, "Publiceren");
  await expect(worker.getByText("Het idee staat nu online.")).toBeVisible();
  for (const path of ["/beheer/initiatieven", `/beheer/initiatieven/${id}`, "/beheer/initiatieven/namens", "/beheer/initiatieven/1"]) {
    await worker.goto(path);
    await expectNoAxeViolations(worker);
  }
  await resident.goto(`/initiatieven/${id}/intrekken`);
  await expectNoAxeViolations(resident);
});

test.describe("Lees voor", () => {
  test("reads the idea aloud in Dutch where the browser can", async ({ page }) => {
    // A stand-in for the browser's speech engine, which headless Chromium lacks.
    await page.addInitScript(() => {
      const spoken: string[] = [];
      // speechSynthesis is a read-only getter on Window, so it is redefined, not assigned.
      Object.defineProperty(window, "spoken", { value: spoken });
      Object.defineProperty(window, "SpeechSynthesisUtterance", {
        value: function (this: { text: string }, text: string) {
          this.text = text;
        },
      });
      Object.defineProperty(window, "speechSynthesis", {
        value: {
          getVoices: () => [{ lang: "nl-NL", name: "Nederlands" }],
          speak: (utterance: { text: string; lang: string }) => spoken.push(`${utterance.lang}: ${utterance.text}`),
          cancel: () => undefined,
          addEventListener: () => undefined,
          removeEventListener: () => undefined,
        },
      });
    });
    await page.goto("/initiatieven/1");
    await page.getByRole("button", { name: "Lees voor" }).click();
    await expect(page.getByRole("button", { name: "Stop met voorlezen" })).toBeVisible();
    const spoken = await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
    expect(spoken[0]).toMatch(/^nl-NL: Moestuin achter de flat\. Samen groente kweken/);
  });

  test("is not shown where the browser has no Dutch voice", async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, "speechSynthesis", {
        value: { getVoices: () => [{ lang: "en-US" }], addEventListener: () => undefined, removeEventListener: () => undefined, cancel: () => undefined },
      });
    });
    await page.goto("/initiatieven/1");
    await expect(page.getByRole("heading", { name: "Moestuin achter de flat" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Lees voor" })).toHaveCount(0);
  });
});
