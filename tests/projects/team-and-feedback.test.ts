import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { mailOutbox, projectFollows, projectMembers, users } from "@/db/schema";
import { deleteAccount } from "@/lib/accounts/commands/deletion";
import { exportPersonalData } from "@/lib/accounts/queries/export";
import { mailPendingNotifications } from "@/lib/notifications/commands/deliver";
import { addFeedback, sendFeedback } from "@/lib/projects/commands/feedback";
import { setFollow } from "@/lib/projects/commands/follow";
import { setTeam, updateProject } from "@/lib/projects/commands/projects";
import { addProjectQuestion } from "@/lib/projects/commands/survey";
import { createUser } from "../support/factories";
import { setChoice } from "../support/notifications";
import { createOpenProject, SMILEY } from "../support/projects-factory";

const db = () => getDb();
const emailOf = (id: string) => db().select({ email: users.email }).from(users).where(eq(users.id, id)).get()!.email;

describe("the team runs its own project; the beheerder runs all", () => {
  const beheerder = createUser("beheerder");
  const member = createUser("projectteam");
  const outsider = createUser("projectteam");
  const projectId = createOpenProject(beheerder);
  const fields = { title: "Ander plein", summary: "Nieuw.", invitedHow: "", decision: "", wijkIds: [1], phases: [] };

  it("puts only accounts with the role projectteam in a team", () => {
    expect(setTeam(db(), { actorId: beheerder, projectId, memberIds: [member, createUser("bewoner")] })).toBe(1);
    expect(db().select().from(projectMembers).where(eq(projectMembers.projectId, projectId)).all()).toEqual([{ projectId, userId: member }]);
  });

  it("lets a member and the beheerder change the project, and tells anyone else it does not exist", () => {
    updateProject(db(), { actor: { id: member, role: "projectteam" }, projectId, data: { ...fields, phases: [{ phase: "meedenken", startsOn: "2030-01-01", endsOn: "2030-01-31", ask: "" }] } });
    updateProject(db(), { actor: { id: beheerder, role: "beheerder" }, projectId, data: { ...fields, phases: [{ phase: "meedenken", startsOn: "2030-01-01", endsOn: "2030-01-31", ask: "" }] } });
    for (const actor of [{ id: outsider, role: "projectteam" as const }, { id: createUser("buurtwerker"), role: "buurtwerker" as const }]) {
      expect(() => updateProject(db(), { actor, projectId, data: fields })).toThrow("niet van uw team");
      expect(() => addProjectQuestion(db(), { actor, projectId, question: SMILEY })).toThrow("niet van uw team");
      expect(() => addFeedback(db(), { actor, projectId, topic: "x", outcome: "niet", reason: "y" })).toThrow("niet van uw team");
    }
  });

  it("keeps the vragenlijst tied to the meedenken phase", () => {
    addProjectQuestion(db(), { actor: { id: member, role: "projectteam" }, projectId, question: SMILEY });
    expect(() => updateProject(db(), { actor: { id: member, role: "projectteam" }, projectId, data: fields })).toThrow("Die hoort bij Meedenken");
  });
});

describe("wat doen we ermee reaches the followers, once", () => {
  it("mails each follower the new points, marks them sent, and has nothing to send twice", async () => {
    const beheerder = createUser("beheerder");
    const projectId = createOpenProject(beheerder);
    const [fan, other, quitter, quiet] = [createUser(), createUser(), createUser(), createUser()];
    for (const userId of [fan, other]) setChoice(userId, "direct");
    for (const userId of [fan, other, quitter, quiet]) setFollow(db(), { userId, projectId, follow: true });
    // "Geen mail" for followed things holds for projects as for ideas.
    db().update(users).set({ followMails: "never" }).where(eq(users.id, quiet)).run();
    setFollow(db(), { userId: quitter, projectId, follow: false });
    addFeedback(db(), { actor: { id: beheerder, role: "beheerder" }, projectId, topic: "Meer groen", outcome: "overgenomen", reason: "Er komen 30 bomen." });
    const result = sendFeedback(db(), { actor: { id: beheerder, role: "beheerder" }, projectId });
    expect(result).toEqual({ points: 1, mailed: 2, contacted: 0 });
    await mailPendingNotifications(db());
    const mails = db().select({ to: mailOutbox.to, text: mailOutbox.text, headers: mailOutbox.headers }).from(mailOutbox).all().filter((mail) => mail.text.includes("Meer groen"));
    expect(mails[0]!.text).toContain("/afmelden/");
    expect(mails[0]!.headers).toHaveProperty("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    expect(mails.map((mail) => mail.to).sort()).toEqual([emailOf(fan), emailOf(other)].sort());
    expect(mails[0]!.text).toContain("Overgenomen: Meer groen. Er komen 30 bomen.");
    expect(() => sendFeedback(db(), { actor: { id: beheerder, role: "beheerder" }, projectId })).toThrow("geen nieuw punt");
  });

  it("shows follows in the data download and drops them with the account", () => {
    const beheerder = createUser("beheerder");
    const projectId = createOpenProject(beheerder);
    const fan = createUser();
    setFollow(db(), { userId: fan, projectId, follow: true });
    expect(exportPersonalData(fan).projectFollows).toEqual([expect.objectContaining({ projectId })]);
    deleteAccount(db(), { userId: fan, baseUrl: "http://test.local" });
    expect(db().select().from(projectFollows).where(eq(projectFollows.userId, fan)).all()).toEqual([]);
  });
});
