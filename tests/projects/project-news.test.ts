import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { projects } from "@/db/schema";
import { mailPendingNotifications } from "@/lib/notifications/commands/deliver";
import { sendDigests } from "@/lib/notifications/commands/digest";
import { addFeedback, sendFeedback } from "@/lib/projects/commands/feedback";
import { setFollow } from "@/lib/projects/commands/follow";
import { announcePhases } from "@/lib/projects/commands/phase-news";
import { createUser } from "../support/factories";
import { mailsFor, pendingFor, setChoice } from "../support/notifications";
import { createOpenProject } from "../support/projects-factory";

const db = () => getDb();
const DAY = 24 * 60 * 60 * 1000;

/** Three followers of a new project: one per follow-mail choice. */
function followers(projectId: number) {
  const [direct, weekly, never] = [createUser(), createUser(), createUser()];
  setChoice(direct, "direct");
  setChoice(weekly, "weekly");
  setChoice(never, "never");
  for (const userId of [direct, weekly, never]) setFollow(db(), { userId, projectId, follow: true });
  return { direct, weekly, never };
}

describe("project news follows the account's choice for follow mails", () => {
  it("wat doen we ermee: at once for direct, in the Monday digest for weekly, never for never", async () => {
    const beheerder = createUser("beheerder");
    const projectId = createOpenProject(beheerder);
    const people = followers(projectId);
    addFeedback(db(), { actor: { id: beheerder, role: "beheerder" }, projectId, topic: "Meer groen", outcome: "overgenomen", reason: "Er komen 30 bomen." });
    expect(sendFeedback(db(), { actor: { id: beheerder, role: "beheerder" }, projectId })).toEqual({ points: 1, mailed: 2, contacted: 0 });

    await mailPendingNotifications(db());
    const [direct, ...moreDirect] = mailsFor(people.direct);
    expect(moreDirect).toHaveLength(0);
    expect(direct!.text).toContain("Overgenomen: Meer groen. Er komen 30 bomen.");
    expect(direct!.text).toContain(`/projecten/${projectId}`);
    expect(direct!.text).toContain("omdat u dit project volgt");
    expect(direct!.headers).toHaveProperty("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    expect(mailsFor(people.weekly)).toHaveLength(0);
    expect(pendingFor(people.weekly)).toHaveLength(1);

    await sendDigests(db());
    const [digest, ...moreDigest] = mailsFor(people.weekly);
    expect(moreDigest).toHaveLength(0);
    expect(digest!.subject).toBe("Nieuws van deze week over wat u volgt");
    expect(digest!.text).toContain("Plein opknappen:");
    expect(digest!.text).toContain("Overgenomen: Meer groen. Er komen 30 bomen.");
    expect(digest!.text).toContain(`/projecten/${projectId}`);
    expect(mailsFor(people.never)).toHaveLength(0);
    expect(pendingFor(people.never)).toHaveLength(0);
  });
});

describe("a project that enters a new phase tells its followers once", () => {
  it("announces the phase that began today, by each follower's choice, and never twice", async () => {
    const beheerder = createUser("beheerder");
    // Made 8 days ago: meedenken ran from 9 days ago until yesterday; kiezen begins today.
    const now = new Date();
    const projectId = createOpenProject(beheerder, new Date(now.getTime() - 8 * DAY), ["meedenken", "kiezen"]);
    db().update(projects).set({ announcedPhase: "meedenken" }).where(eq(projects.id, projectId)).run();
    const people = followers(projectId);

    expect(announcePhases(db(), now)).toBeGreaterThanOrEqual(2);
    expect(announcePhases(db(), now)).toBe(0);
    expect(db().select({ phase: projects.announcedPhase }).from(projects).where(eq(projects.id, projectId)).get()!.phase).toBe("kiezen");

    await mailPendingNotifications(db());
    const [mail, ...more] = mailsFor(people.direct);
    expect(more).toHaveLength(0);
    expect(mail!.subject).toBe("Plein opknappen: nu Kiezen");
    expect(mail!.text).toContain("Het project is in een nieuwe stap: Kiezen. U kiest mee.");
    expect(mail!.text).toContain("Deze stap duurt tot en met");
    expect(mail!.text).toContain(`/projecten/${projectId}`);
    expect(mailsFor(people.weekly)).toHaveLength(0);
    expect(pendingFor(people.weekly)).toHaveLength(1);
    expect(pendingFor(people.never)).toHaveLength(0);
  });

  it("records a phase that began over a week ago without a mail, and says nothing before the first phase", () => {
    const beheerder = createUser("beheerder");
    const now = new Date();
    const stale = createOpenProject(beheerder, now, ["informeren", "meedenken"]);
    const coming = createOpenProject(beheerder, new Date(now.getTime() + 30 * DAY), ["informeren"]);
    const staleFan = createUser();
    const comingFan = createUser();
    setFollow(db(), { userId: staleFan, projectId: stale, follow: true });
    setFollow(db(), { userId: comingFan, projectId: coming, follow: true });
    announcePhases(db(), now);
    // The stale project is in meedenken (began yesterday): that is news; informeren (20 days ago) was never told.
    expect(pendingFor(staleFan).map((row) => row.eventKey)).toEqual([`project-phase:${stale}:meedenken`]);
    expect(pendingFor(comingFan)).toHaveLength(0);
    expect(db().select({ phase: projects.announcedPhase }).from(projects).where(eq(projects.id, coming)).get()!.phase).toBeNull();

    const old = createOpenProject(beheerder, new Date(now.getTime() - 10 * DAY), ["informeren"]);
    const oldFan = createUser();
    setFollow(db(), { userId: oldFan, projectId: old, follow: true });
    announcePhases(db(), now);
    // Informeren began 30 days ago and runs until 12 days ago: after it the project is done ("klaar").
    expect(pendingFor(oldFan)).toHaveLength(0);
  });
});
