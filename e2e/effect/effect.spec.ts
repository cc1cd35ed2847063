import { openDatabase } from "@/db/client";
import { activities, signups } from "@/db/schema";
import { sendFeedbackInvites } from "@/lib/effect/commands/feedback";
import { E2E_DB, one } from "../support/db";
import { expect, test } from "../support/fixtures";

const HOUR = 60 * 60 * 1000;
const GUEST = "gast.hoewashet@example.test";

/**
 * A BBQ that ended yesterday (or the day before) with a guest who was checked in, and the day-after
 * job run once, as the scheduler would: the mail with the personal link is in the outbox table.
 */
function guestWithMail(): string {
  const db = openDatabase(E2E_DB);
  try {
    const startsAt = new Date(Date.now() - 33 * HOUR);
    const { id } = db
      .insert(activities)
      .values({ title: "BBQ na afloop", wijkId: 1, address: "Pleintje 1, Heerlen", startsAt, endsAt: new Date(startsAt.getTime() + 3 * HOUR), signupDeadline: startsAt, places: 40 })
      .returning({ id: activities.id })
      .get();
    db.insert(signups).values({ activityId: id, name: "Gast", email: GUEST, partySize: 1, status: "bevestigd", checkedInAt: startsAt }).run();
    sendFeedbackInvites(db, { baseUrl: "http://localhost" });
  } finally {
    db.$client.close();
  }
  const text = one<string>("SELECT text FROM mail_outbox WHERE \"to\" = ? AND subject LIKE 'Hoe was het?%'", GUEST);
  return /\/vragen\/\d+\/link\/[A-Za-z0-9_-]+/.exec(text)![0];
}

const feedbackAnswers = () => one<number>("SELECT count(*) FROM survey_responses r JOIN surveys s ON s.id = r.survey_id JOIN activities a ON a.id = s.owner_id AND s.owner_kind = 'activity' WHERE a.title = 'BBQ na afloop'");

test("a checked-in guest answers the three questions from the mail link in under 30 seconds at 4x slower CPU", async ({ pageAs }) => {
  const link = guestWithMail();
  const page = await pageAs("bezoeker");
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  const started = Date.now();

  await page.goto(link);
  await expect(page.getByText("Vraag 1 van 3")).toBeVisible();
  await page.getByRole("radio", { name: "Heel goed" }).check();
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(page.getByText("Vraag 2 van 3")).toBeVisible();
  await page.getByRole("radio", { name: "2 tot 5" }).check();
  await page.getByRole("button", { name: "Volgende" }).click();
  await expect(page.getByText("Vraag 3 van 3")).toBeVisible();
  await page.getByRole("radio", { name: "Ja" }).check();
  await page.getByRole("button", { name: "Volgende" }).click();
  await page.getByRole("button", { name: "Verstuur mijn antwoorden" }).click();
  await expect(page.getByRole("heading", { name: "Dank u wel!" })).toBeVisible();
  expect(Date.now() - started).toBeLessThan(30_000);
  expect(feedbackAnswers()).toBe(1);

  // The link works once: on another phone it is refused.
  const other = await pageAs("bezoeker");
  await other.goto(link);
  await other.getByRole("radio", { name: "Slecht", exact: true }).check();
  await other.getByRole("button", { name: "Volgende" }).click();
  await expect(other.getByText("U heeft deze vragenlijst al ingevuld.")).toBeVisible();
  expect(feedbackAnswers()).toBe(1);
});

test("a buurtwerker types in a paper buurtmonitor, marked as paper", async ({ pageAs }) => {
  const year = new Date().getUTCFullYear();
  const paper = () => one<number>("SELECT count(*) FROM survey_responses r JOIN monitor_surveys m ON m.survey_id = r.survey_id WHERE m.year = ? AND r.source = 'papier'", year);
  const before = paper();
  const page = await pageAs("buurtwerker");
  await page.goto("/beheer");
  await page.getByRole("link", { name: "Buurtmonitor" }).click();
  await page.getByRole("link", { name: `Papieren formulieren overtypen (${year})` }).click();
  await page.getByRole("link", { name: "Heerlerheide-Passart" }).click();
  await expect(page.getByRole("heading", { name: "Formulier uit Heerlerheide-Passart" })).toBeVisible();
  await page.getByRole("group", { name: "1. Ik voel me thuis in deze buurt." }).getByLabel("Mee eens", { exact: true }).check();
  await page.getByRole("group", { name: "4. Mensen in deze buurt zijn te vertrouwen." }).getByLabel("Helemaal mee eens").check();
  await page.getByLabel("Leeftijd (als ingevuld op papier)").selectOption({ label: "67 jaar of ouder" });
  await page.getByRole("button", { name: "Papieren antwoord opslaan" }).click();
  await expect(page.getByText("Opgeslagen als papieren antwoord.")).toBeVisible();
  expect(paper()).toBe(before + 1);
});

test("the dashboard shows the monitor's trend per wijk beside the programme's 48%, and the BBQ series", async ({ pageAs }) => {
  const page = await pageAs("alliantie");
  await page.goto("/dashboard");
  await page.getByRole("link", { name: /Maakt het verschil\?/ }).click();
  await expect(page.getByRole("heading", { name: "Buurtmonitor: vertrouwen per wijk" })).toBeVisible();
  const year = new Date().getUTCFullYear();
  const wijk = page.getByRole("region", { name: "De Hei" });
  await expect(wijk.getByText("48% vertrouwt andere buurtbewoners (eigen cijfer van het programma")).toBeVisible();
  for (const shown of [year - 2, year - 1]) await expect(wijk.getByText(new RegExp(`^${shown}: \\d+% vertrouwt andere buurtbewoners$`))).toBeVisible();
  await expect(wijk.getByText(/inwoners\)|vulden de monitor in/).first()).toBeVisible();
  await expect(page.getByText(/^Nog geen uitkomst \(in geen enkel jaar 10 antwoorden of meer\): .*Heksenberg/)).toBeVisible();
  await expect(page.getByRole("table", { name: /Meegedaan aan een activiteit of niet/ })).toBeVisible();
  const series = page.getByRole("region", { name: `BBQ-zomer ${Number(one<string>("SELECT name FROM activity_series WHERE name LIKE 'BBQ-zomer %' ORDER BY name").slice(-4))}` });
  await expect(series.getByText("Hoe vond u de activiteit?")).toBeVisible();
  await wijk.screenshot({ path: "test-results/effect-dashboard-wijk.png" });
});
