import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { auditLine, type AuditEntry } from "@/lib/platform/audit/sentences";
import { TRANSITION_NAMES } from "@/lib/initiatives/status";

const entry = (action: string, details: Record<string, unknown> = {}, names: Partial<AuditEntry> = {}): AuditEntry => ({
  id: 1,
  createdAt: new Date(),
  actorName: "Anna",
  actorRole: "beheerder",
  action,
  targetType: action.split(".")[0]!,
  targetId: "3",
  details,
  targetUserName: "Els",
  initiativeTitle: "Moestuin",
  activityId: 5,
  activityTitle: "Zomer-BBQ",
  commentInitiativeId: 3,
  ...names,
});

/** Every audit action the code writes: the literal ones, and one per initiative transition. */
function writtenActions(): string[] {
  const libDir = path.join(process.cwd(), "lib");
  const found = new Set<string>();
  for (const file of fs.readdirSync(libDir, { recursive: true, encoding: "utf8" })) {
    if (!file.endsWith(".ts")) continue;
    const source = fs.readFileSync(path.join(libDir, file), "utf8");
    if (!source.includes("recordAudit(")) continue;
    for (const match of source.matchAll(/action: (?:input\.present \? )?"([a-z_]+\.[a-z_]+)"(?: : "([a-z_]+\.[a-z_]+)")?/g)) {
      found.add(match[1]!);
      if (match[2]) found.add(match[2]);
    }
  }
  for (const transition of TRANSITION_NAMES) found.add(`initiative.${transition}`);
  for (const verb of ["hidden", "restored"]) ["initiative", "comment"].forEach((domain) => found.add(`${domain}.${verb}`));
  return [...found];
}

describe("the logbook in plain Dutch", () => {
  it("finds the actions the code writes", () => {
    expect(writtenActions()).toEqual(expect.arrayContaining(["user.role_changed", "activity.created", "signup.checked_in", "signup.check_in_undone", "initiative.publish"]));
  });

  it.each(writtenActions())("%s gets one sentence without code", (action) => {
    const { sentence } = auditLine(entry(action, { from: "bewoner", to: "alliantie", count: 2, partySize: 3, mailed: 4, name: "Hoensbroek" }));
    expect(sentence).not.toContain("nog niet in woorden");
    expect(sentence).not.toMatch(/[{}_]|\b[a-z]+\.[a-z]+\b/);
    expect(sentence).toMatch(/^Anna \(beheerder\) |^Iemand /);
    expect(sentence).toMatch(/\.$/);
  });

  it("says who became what instead of what", () => {
    expect(auditLine(entry("user.role_changed", { from: "bewoner", to: "alliantie" }))).toEqual({
      sentence: "Anna (beheerder) maakte Els alliantie in plaats van bewoner.",
      link: { href: "/beheer/gebruikers?q=Els", label: "Naar Els" },
    });
  });

  it("links to the idea and the activity it is about", () => {
    expect(auditLine(entry("initiative.publish")).link?.href).toBe("/beheer/initiatieven/3");
    expect(auditLine(entry("signup.walk_in_added", { partySize: 2 })).link?.href).toBe("/beheer/activiteiten/5");
  });
});
