import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { projectPollCodes, projectPollMarks, projectPollVoters, projectPolls, smsOutbox } from "@/db/schema";
import { addPollOption, loadPoll, removePollOption, savePoll } from "@/lib/projects/commands/poll";
import { removeExpiredVoteCodes, requestVoteCode, VOTE_CODE_TRIES, voteWithAccount, voteWithCode, voterHash } from "@/lib/projects/commands/vote";
import { pollResult } from "@/lib/projects/queries/poll";
import { deleteAccount } from "@/lib/accounts/commands/deletion";
import { exportPersonalData } from "@/lib/accounts/queries/export";
import { createUser } from "../support/factories";
import { createOpenPoll, createOpenProject } from "../support/projects-factory";

const DAY = 24 * 60 * 60 * 1000;
const db = () => getDb();
const pollIdOf = (projectId: number) => db().select({ id: projectPolls.id }).from(projectPolls).where(eq(projectPolls.projectId, projectId)).get()!.id;
const codeSentTo = (phone: string) => /\(code (\d{6})\)/.exec(db().select().from(smsOutbox).where(eq(smsOutbox.to, phone)).all().at(-1)!.text)![1]!;
const IP = "192.0.2.10";

describe("the keuze of a project", () => {
  it("belongs to the kiezen phase and is run by the project's team only", () => {
    const beheerder = createUser("beheerder");
    const withoutKiezen = createOpenProject(beheerder);
    expect(() => savePoll(db(), { actor: { id: beheerder, role: "beheerder" }, projectId: withoutKiezen, question: "Wat?", maxChoices: 1 })).toThrow(/fase Kiezen/);
    const { projectId } = createOpenPoll(beheerder);
    const stranger = createUser("projectteam");
    expect(() => addPollOption(db(), { actor: { id: stranger, role: "projectteam" }, projectId, label: "Wip", photo: "a".repeat(32) + ".webp" })).toThrow(/niet van uw team/);
    expect(() => savePoll(db(), { actor: { id: createUser(), role: "bewoner" }, projectId, question: "Wat?", maxChoices: 1 })).toThrow(/bestaat niet/);
  });

  it("takes one vote per account, checks the choice, and locks the options once voted", () => {
    const beheerder = createUser("beheerder");
    const { projectId, optionIds } = createOpenPoll(beheerder);
    const resident = createUser();
    expect(() => voteWithAccount(db(), { userId: resident, projectId, optionIds: [] })).toThrow(/Kies een van de mogelijkheden/);
    expect(() => voteWithAccount(db(), { userId: resident, projectId, optionIds: [optionIds[0]!, optionIds[1]!] })).toThrow(/hoogstens 1/);
    expect(() => voteWithAccount(db(), { userId: resident, projectId, optionIds: [999_999] })).toThrow(/Kies uit de mogelijkheden/);
    voteWithAccount(db(), { userId: resident, projectId, optionIds: [optionIds[1]!] });
    expect(() => voteWithAccount(db(), { userId: resident, projectId, optionIds: [optionIds[0]!] })).toThrow(/al gekozen/);
    expect(() => removePollOption(db(), { actor: { id: beheerder, role: "beheerder" }, projectId, optionId: optionIds[0]! })).toThrow(/al gekozen/);
    expect(db().select().from(projectPollMarks).where(eq(projectPollMarks.pollId, pollIdOf(projectId))).all().map((m) => m.optionId)).toEqual([optionIds[1]]);
  });

  it("is refused by the database itself on a second row for the same person", () => {
    const { projectId } = createOpenPoll(createUser("beheerder"));
    const pollId = pollIdOf(projectId);
    const row = { pollId, voterHash: voterHash(pollId, { userId: "iemand" }) };
    db().insert(projectPollVoters).values(row).run();
    expect(() => db().insert(projectPollVoters).values(row).run()).toThrow(/UNIQUE|PRIMARY KEY/);
  });

  it("takes several options up to the maximum", () => {
    const { projectId, optionIds } = createOpenPoll(createUser("beheerder"), 2);
    voteWithAccount(db(), { userId: createUser(), projectId, optionIds: optionIds.slice(0, 2) });
    expect(() => voteWithAccount(db(), { userId: createUser(), projectId, optionIds })).toThrow(/hoogstens 2/);
  });

  it("opens only during the kiezen days", () => {
    const { projectId, optionIds } = createOpenPoll(createUser("beheerder"));
    const later = new Date(Date.now() + 6 * DAY);
    const earlier = new Date(Date.now() - 4 * DAY);
    expect(() => voteWithAccount(db(), { userId: createUser(), projectId, optionIds: [optionIds[0]!], now: later })).toThrow(/niet meer/);
    expect(() => voteWithAccount(db(), { userId: createUser(), projectId, optionIds: [optionIds[0]!], now: earlier })).toThrow(/nog niet/);
    expect(loadPoll(db(), projectId, later)!.stand).toBe("gesloten");
  });

  it("counts a number once it is confirmed with the code by text message, and never stores the number", () => {
    const { projectId, optionIds } = createOpenPoll(createUser("beheerder"));
    const phone = "+31612340001";
    const { token } = requestVoteCode(db(), { projectId, optionIds: [optionIds[2]!], phone, ip: IP });
    const code = codeSentTo(phone);
    const wrong = code === "000000" ? "111111" : "000000";
    expect(() => voteWithCode(db(), { projectId, token, code: wrong, optionIds: [optionIds[2]!], ip: IP })).toThrow(/klopt niet/);
    voteWithCode(db(), { projectId, token, code, optionIds: [optionIds[2]!], ip: IP });
    expect(db().select().from(projectPollCodes).all().filter((row) => row.pollId === pollIdOf(projectId))).toEqual([]);
    // The same code cannot be used twice; a new code for the same number is refused kindly at the vote.
    expect(() => voteWithCode(db(), { projectId, token, code, optionIds: [optionIds[2]!], ip: IP })).toThrow(/werkt niet meer/);
    const again = requestVoteCode(db(), { projectId, optionIds: [optionIds[0]!], phone, ip: IP });
    expect(() => voteWithCode(db(), { projectId, token: again.token, code: codeSentTo(phone), optionIds: [optionIds[0]!], ip: IP })).toThrow(/al gekozen/);
    // No table of the keuze holds the number or its digits.
    const stored = JSON.stringify([db().select().from(projectPollVoters).all(), db().select().from(projectPollCodes).all(), db().select().from(projectPollMarks).all()]);
    expect(stored).not.toContain("612340001");
  });

  it("kills a code after too many wrong tries, and the hourly clean-up removes expired codes", () => {
    const { projectId, optionIds } = createOpenPoll(createUser("beheerder"));
    const phone = "+31612340002";
    const { token } = requestVoteCode(db(), { projectId, optionIds: [optionIds[0]!], phone, ip: IP });
    const code = codeSentTo(phone);
    const wrong = code === "000000" ? "111111" : "000000";
    for (let n = 0; n < VOTE_CODE_TRIES; n++) expect(() => voteWithCode(db(), { projectId, token, code: wrong, optionIds: [optionIds[0]!], ip: IP })).toThrow(/klopt niet/);
    expect(() => voteWithCode(db(), { projectId, token, code, optionIds: [optionIds[0]!], ip: IP })).toThrow(/werkt niet meer/);
    expect(removeExpiredVoteCodes(db(), new Date(Date.now() + DAY))).toBeGreaterThanOrEqual(1);
  });

  it("shows its results per option with the small-number rule", () => {
    const { projectId, optionIds } = createOpenPoll(createUser("beheerder"));
    for (let n = 0; n < 12; n++) voteWithAccount(db(), { userId: createUser(), projectId, optionIds: [optionIds[0]!] });
    for (let n = 0; n < 3; n++) voteWithAccount(db(), { userId: createUser(), projectId, optionIds: [optionIds[1]!] });
    const result = pollResult(loadPoll(db(), projectId)!);
    expect(result.answered).toBe(15);
    expect(result.bars.map((bar) => bar.count)).toEqual([10, "<5", 0]);
  });

  it("keeps the choice apart from who voted: no column or key joins them, none holds a number or an account", () => {
    const columns = (table: string) => (getDb().$client.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name).sort();
    const keys = (table: string) => (getDb().$client.prepare(`PRAGMA foreign_key_list(${table})`).all() as { table: string }[]).map((k) => k.table).sort();
    expect(columns("project_poll_marks")).toEqual(["ballot_id", "option_id", "poll_id"]);
    expect(keys("project_poll_marks")).toEqual(["project_poll_options", "project_polls"]);
    expect(columns("project_poll_voters")).toEqual(["poll_id", "voter_hash"]);
    expect(keys("project_poll_voters")).toEqual(["project_polls"]);
    expect(columns("project_poll_codes")).toEqual(["code_hash", "expires_at", "poll_id", "token_hash", "voter_hash", "wrong_tries"]);
  });

  it("shows in the data download that the account voted, not what; deleting the account drops the marker and keeps the vote", () => {
    const { projectId, optionIds } = createOpenPoll(createUser("beheerder"));
    const resident = createUser();
    voteWithAccount(db(), { userId: resident, projectId, optionIds: [optionIds[0]!] });
    expect(exportPersonalData(resident).projectVotes).toEqual([{ projectId }]);
    expect(JSON.stringify(exportPersonalData(resident))).not.toContain("Klimrek");
    deleteAccount(db(), { userId: resident, baseUrl: "http://test.local" });
    expect(db().select().from(projectPollVoters).where(eq(projectPollVoters.pollId, pollIdOf(projectId))).all()).toEqual([]);
    expect(pollResult(loadPoll(db(), projectId)!).bars[0]!.count).toBe("<5");
  });
});
