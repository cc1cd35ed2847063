import os from "node:os";
import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "../support/axe";
import { DEMO } from "../support/auth";
import { mailsTo, waitForNewMail } from "../support/mail";
import { RESIDENTS, proposeIdea, staffStep, uniqueTitle } from "../support/initiatives";
import { expect, test, type Who } from "../support/fixtures";

/** Reports through the fold-out; the third report hides the content and the page it lands on thanks them. */
async function report(page: Page, id: number, summary: string, reason: string, hides = false) {
  await page.goto(`/initiatieven/${id}`);
  const fold = page.locator("details").filter({ has: page.getByText(summary, { exact: true }) }).first();
  await fold.getByText(summary, { exact: true }).click();
  await fold.getByLabel(reason).check();
  await fold.getByRole("button", { name: "Melding versturen" }).click();
  const thanks = hides ? page.getByRole("status").filter({ hasText: "Dank u wel voor uw melding." }) : fold.getByText("Dank u wel voor uw melding.");
  await expect(thanks).toBeVisible();
}

/**
 * Three addresses of this machine on three different networks, as the server sees the client:
 * IPv4 loopback, IPv6 loopback and the machine's own IPv4 address. Reports from one network
 * (IPv4 /24, IPv6 /64) count once, so the three reporters each come from one of these.
 */
const NETWORKS = [
  "127.0.0.1",
  "[::1]",
  Object.values(os.networkInterfaces())
    .flat()
    .find((address) => address && address.family === "IPv4" && !address.internal)?.address ?? "no-external-ipv4",
];

type PageAs = (who: Who, options?: { baseURL: string }) => Promise<Page>;

/** The same signed-in resident, connecting through another of this machine's addresses. */
async function onNetwork(pageAs: PageAs, page: Page, host: string): Promise<Page> {
  const base = new URL(test.info().project.use.baseURL!);
  base.hostname = host;
  const other = await pageAs("bezoeker", { baseURL: base.origin });
  await other.context().addCookies((await page.context().cookies()).map(({ name, value }) => ({ name, value, url: base.origin })));
  return other;
}

test("comment, report and auto-hide at three reports; the buurtwerker restores", async ({ pageAs, pageAsResident }) => {
  const initiator = await pageAs("bewoner");
  const worker = await pageAs("buurtwerker");
  const title = uniqueTitle("Schaakclub");
  const id = await proposeIdea(initiator, title);
  await staffStep(worker, id, "Publiceren");
  await expect(worker.getByText("Het idee staat nu online.")).toBeVisible();

  // A resident comments; HTML is shown as text. The initiator's answer is marked.
  const jan = await pageAsResident(RESIDENTS.jan);
  await jan.goto(`/initiatieven/${id}`);
  await jan.getByLabel("Uw reactie").fill("<b>Koop</b> nu goedkope pillen");
  await jan.getByRole("button", { name: "Reactie plaatsen" }).click();
  await expect(jan.getByText("<b>Koop</b> nu goedkope pillen")).toBeVisible();
  // It says so at the new comment, which has the focus; the form is empty again.
  const posted = jan.getByRole("listitem").filter({ hasText: "<b>Koop</b> nu goedkope pillen" });
  await expect(posted.getByRole("status")).toHaveText("Uw reactie staat erbij.");
  await expect(posted).toBeFocused();
  await expect(jan.getByLabel("Uw reactie")).toHaveValue("");
  await expectNoAxeViolations(jan);
  await initiator.goto(`/initiatieven/${id}`);
  await initiator.getByLabel("Uw reactie").fill("Dank voor je reactie!");
  await initiator.getByRole("button", { name: "Reactie plaatsen" }).click();
  const answer = initiator.getByRole("listitem").filter({ hasText: "Dank voor je reactie!" });
  await expect(answer.getByText("Initiatiefnemer")).toBeVisible();

  // Three residents on three networks report the comment: it disappears for others; Jan, who
  // wrote it, still sees it with a note; the buurtwerkers get a mail at once.
  const els = await onNetwork(pageAs, await pageAsResident(RESIDENTS.els), NETWORKS[0]!);
  const anouk = await onNetwork(pageAs, await pageAsResident(RESIDENTS.anouk), NETWORKS[1]!);
  const mehmet = await onNetwork(pageAs, await pageAsResident(RESIDENTS.mehmet), NETWORKS[2]!);
  const alertsBefore = mailsTo(DEMO.buurtwerker).length;
  await report(els, id, "Meld deze reactie", "Reclame of spam");
  await report(anouk, id, "Meld deze reactie", "Reclame of spam");
  await report(mehmet, id, "Meld deze reactie", "Reclame of spam", true);
  await expect(mehmet.getByText("nu goedkope pillen")).toHaveCount(0);
  await expect(mehmet.getByText("De reactie is nu verborgen tot een buurtwerker ernaar kijkt.")).toBeFocused();
  await expectNoAxeViolations(mehmet);
  await anouk.goto(`/initiatieven/${id}`);
  await expect(anouk.getByText("nu goedkope pillen")).toHaveCount(0);
  await expect(anouk.getByText("Dank voor je reactie!")).toBeVisible();
  await jan.goto(`/initiatieven/${id}`);
  const own = jan.getByRole("listitem").filter({ hasText: "nu goedkope pillen" });
  await expect(own.getByText("Verborgen na meldingen. Een buurtwerker kijkt ernaar.")).toBeVisible();
  await expectNoAxeViolations(jan);
  expect((await waitForNewMail(DEMO.buurtwerker, alertsBefore)).subject).toContain("Verborgen na meldingen");

  // Three residents report the idea itself: it leaves the public list; the initiator still sees it.
  await report(els, id, "Meld dit idee", "Hoort hier niet");
  await report(anouk, id, "Meld dit idee", "Hoort hier niet");
  await report(mehmet, id, "Meld dit idee", "Hoort hier niet", true);
  await expect(mehmet.getByText("Het idee is nu verborgen tot een buurtwerker ernaar kijkt.")).toBeVisible();
  await initiator.goto(`/initiatieven/${id}`);
  await expect(initiator.getByText("Verborgen na meldingen. Een buurtwerker kijkt ernaar.")).toBeVisible();
  const visitor = await pageAs("bezoeker");
  await visitor.goto("/initiatieven");
  await expect(visitor.getByRole("link", { name: title })).toHaveCount(0);
  expect((await visitor.goto(`/initiatieven/${id}`))!.status()).toBe(404);

  // The buurtwerker sees both in the queue and restores the idea with a reason.
  await worker.goto("/beheer/initiatieven");
  const reported = worker.getByRole("region", { name: /Gemeld/ });
  await expect(reported.getByRole("listitem").filter({ hasText: title }).first()).toContainText("3 meldingen · verborgen");
  await expect(reported.getByRole("link", { name: `Reactie bij "${title}"` })).toBeVisible();
  await worker.goto(`/beheer/initiatieven/${id}`);
  const section = worker.locator("section").filter({ has: worker.getByRole("heading", { name: "Meldingen over dit idee" }) });
  await section.getByLabel("Reden (komt in het logboek)").fill("Gewoon een schaakclub, niets mis mee.");
  await section.getByRole("button", { name: "Terugzetten" }).click();
  await expect(worker.getByText("Het is weer zichtbaar.")).toBeVisible();
  await expect(section).toHaveCount(0);
  await visitor.goto("/initiatieven");
  await expect(visitor.getByRole("link", { name: title })).toBeVisible();
});

test("a buurtwerker proposes on behalf of a resident and registers paper support", async ({ pageAs }) => {
  const worker = await pageAs("buurtwerker");
  const title = uniqueTitle("Jeu de boules-baan");
  const contact = `bewoner.op.straat.${Date.now()}@voorbeeld.nl`;
  await worker.goto("/beheer/initiatieven/namens");
  await worker.getByLabel("Titel van uw idee").fill(title);
  await worker.getByLabel("Uw idee in één of twee zinnen").fill("Een baan bij het bankje.");
  await worker.getByLabel("In welke wijk?").selectOption({ label: "De Hei" });
  await worker.getByLabel("Waar gaat het over?").selectOption({ label: "Gezondheid" });
  await worker.getByLabel("Naam van de bewoner").fill("Mevrouw Janssen");
  await worker.getByLabel("E-mail of telefoon (mag u leeg laten)").fill(contact);
  // Without the tick nothing is saved.
  await worker.getByRole("button", { name: "Idee insturen namens de bewoner" }).click();
  await expect(worker.getByText("Vraag eerst of de bewoner het goed vindt.")).toBeVisible();
  await worker.getByLabel("De bewoner vindt het goed").check();
  await worker.getByRole("button", { name: "Idee insturen namens de bewoner" }).click();
  await expect(worker.getByText("Het idee is ingevoerd namens de bewoner")).toBeVisible();
  await expect(worker.getByText(/Ingevoerd door Ruud namens Mevrouw Janssen/)).toBeVisible();
  expect((await waitForNewMail(contact, 0)).subject).toBe("Wij hebben uw idee ontvangen");
  const id = Number(worker.url().match(/initiatieven\/(\d+)/)![1]);

  await worker.goto("/beheer/initiatieven");
  await expect(worker.getByRole("listitem").filter({ hasText: title }).getByText("ingevoerd door een buurtwerker")).toBeVisible();

  await staffStep(worker, id, "Publiceren");
  await expect(worker.getByText("Het idee staat nu online.")).toBeVisible();
  await worker.getByLabel("Aantal mensen op de lijst").fill("7");
  await worker.getByLabel(/^Namen/).fill("Truus\nHenk");
  await worker.getByRole("button", { name: "Steun op papier toevoegen" }).click();
  await expect(worker.getByText("7 op papier toegevoegd.")).toBeVisible();
  const visitor = await pageAs("bezoeker");
  await visitor.goto(`/initiatieven/${id}`);
  await expect(visitor.getByText("7 op papier")).toBeVisible();
  await expect(visitor.getByText("7 van 25 mensen steunen dit idee")).toBeVisible();
  await expect(visitor.getByText("Mevrouw Janssen")).toBeVisible();
  await expect(visitor.getByText(contact)).toHaveCount(0);
  expect(mailsTo(contact).length).toBeGreaterThanOrEqual(2);
});
