import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { mailOutbox, projectContacts, projectPhases, smsOutbox } from "@/db/schema";
import { addFeedback, removeFeedback, sendFeedback } from "@/lib/projects/commands/feedback";
import { leaveContact, removeExpiredContacts, stopContact } from "@/lib/projects/commands/contacts";
import { CONTACT_CONSENT } from "@/lib/projects/fields";
import { contactSchema } from "@/lib/projects/schema";
import { segments } from "@/lib/platform/sms/segments";
import { createUser } from "../support/factories";
import { whereInDatabase } from "../support/erasure";
import { createOpenProject } from "../support/projects-factory";

const db = () => getDb();
const BASE = "http://test.local";
let network = 0;
/** A fresh network for each call, so only the test about the limit meets it. */
const leave = (projectId: number, reach: string, ip = `10.${++network}.0.1`) => {
  const parsed = contactSchema.parse({ projectId, reach, consent: "ja" });
  leaveContact(db(), { projectId, reach: parsed.reach, ip, baseUrl: BASE });
};
const mailsTo = (to: string) => db().select().from(mailOutbox).where(eq(mailOutbox.to, to)).all();
const smsTo = (to: string) => db().select().from(smsOutbox).where(eq(smsOutbox.to, to)).all();
const stopTokenIn = (text: string) => text.match(/\/projecten\/stoppen\/([\w-]+)/)![1]!;

describe("the form's schema", () => {
  const parse = (reach: string, consent: unknown = "ja") => contactSchema.safeParse({ projectId: "3", reach, consent });
  const errors = (reach: string, consent: unknown = "ja") => {
    const result = parse(reach, consent);
    return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path[0], issue.message]));
  };

  it("reads an e-mail address in lower case, or a mobile number as E.164", () => {
    expect(parse(" Els@Voorbeeld.NL ").data?.reach).toEqual({ email: "els@voorbeeld.nl", phone: null });
    expect(parse("06 1234 5678").data?.reach).toEqual({ email: null, phone: "+31612345678" });
  });

  it("says in Dutch at the field what is wrong", () => {
    expect(errors("")).toEqual({ reach: "Vul uw e-mailadres of uw 06-nummer in." });
    expect(errors("els@")).toEqual({ reach: expect.stringContaining("geen geldig e-mailadres") });
    // A landline cannot get a text message: the activity sign-up's rule.
    expect(errors("045 571 1111")).toEqual({ reach: expect.stringContaining("geen mobiel nummer") });
    const unticked = contactSchema.safeParse({ projectId: "3", reach: "els@voorbeeld.nl" });
    expect(unticked.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([["consent", "Zet een vinkje als u een bericht wilt krijgen."]]);
    expect(errors("els@voorbeeld.nl", false)).toHaveProperty("consent");
  });
});

describe("leaving a way to reach you, without an account", () => {
  const beheerder = createUser("beheerder");

  it("stores the address with the consent word for word and only the day, and sends one mail with the stop link", () => {
    const projectId = createOpenProject(beheerder);
    leave(projectId, "Opgeslagen@Voorbeeld.NL");
    const [row] = db().select().from(projectContacts).where(eq(projectContacts.projectId, projectId)).all();
    expect(row).toMatchObject({ email: "opgeslagen@voorbeeld.nl", phone: null, consentText: CONTACT_CONSENT });
    expect(row!.createdOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const [mail] = mailsTo("opgeslagen@voorbeeld.nl");
    expect(mail!.subject).toBe("U staat op de lijst voor Plein opknappen");
    expect(mail!.text).toContain(`${BASE}/projecten/stoppen/`);
    // Only the hash of the stop link's token is stored.
    expect(row!.stopTokenHash).not.toContain(stopTokenIn(mail!.text));
  });

  it("sends a number one text message with the stop link, in one segment", () => {
    const projectId = createOpenProject(beheerder);
    leave(projectId, "06 11 00 00 31");
    const [sms] = smsTo("+31611000031");
    expect(sms!.text).toContain(`${BASE}/projecten/stoppen/`);
    expect(segments(sms!.text)).toBe(1);
  });

  it("keeps one row when the same address is left twice; only the newest stop link works", () => {
    const projectId = createOpenProject(beheerder);
    leave(projectId, "twee@voorbeeld.nl");
    leave(projectId, "twee@voorbeeld.nl");
    expect(db().select().from(projectContacts).where(eq(projectContacts.email, "twee@voorbeeld.nl")).all()).toHaveLength(1);
    const [first, second] = mailsTo("twee@voorbeeld.nl");
    expect(stopContact(db(), stopTokenIn(first!.text))).toBe(false);
    expect(stopContact(db(), stopTokenIn(second!.text))).toBe(true);
  });

  it("refuses a project that does not exist", () => {
    expect(() => leave(999_999, "niemand@voorbeeld.nl")).toThrow("Dit project bestaat niet.");
  });

  it("limits one network per hour, and the messages one address gets a day, without keeping the address in the limits", () => {
    const projectId = createOpenProject(beheerder);
    for (let n = 0; n < 60; n++) leave(projectId, `buur${n}@voorbeeld.nl`, "10.200.0.1");
    expect(() => leave(projectId, "buur60@voorbeeld.nl", "10.200.0.1")).toThrow("te vaak");
    for (let n = 0; n < 3; n++) leave(projectId, "vaak@voorbeeld.nl");
    expect(() => leave(projectId, "vaak@voorbeeld.nl")).toThrow("te vaak");
    expect(mailsTo("vaak@voorbeeld.nl")).toHaveLength(3);
    expect(whereInDatabase("vaak@voorbeeld.nl").filter((hit) => hit.startsWith("rate_limit"))).toEqual([]);
  });
});

describe("wat doen we ermee reaches every contact once", () => {
  const beheerder = createUser("beheerder");
  const actor = { id: beheerder, role: "beheerder" as const };

  it("mails or texts each contact once with the points sent now, never a point taken away, and nothing on a second send", () => {
    const projectId = createOpenProject(beheerder);
    const other = createOpenProject(beheerder);
    leave(projectId, "lezer@voorbeeld.nl");
    leave(projectId, "06 11 00 00 41");
    leave(other, "ander@voorbeeld.nl");
    addFeedback(db(), { actor, projectId, topic: "Meer groen", outcome: "overgenomen", reason: "Er komen 30 bomen." });
    const withdrawn = addFeedback(db(), { actor, projectId, topic: "Geheim punt", outcome: "niet", reason: "Nog niet klaar." });
    removeFeedback(db(), { actor, projectId, feedbackId: withdrawn });
    expect(sendFeedback(db(), { actor, projectId, baseUrl: BASE })).toMatchObject({ points: 1, contacted: 2 });

    const mails = mailsTo("lezer@voorbeeld.nl").filter((mail) => mail.subject.startsWith("Wat doen wij"));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain("Overgenomen: Meer groen. Er komen 30 bomen.");
    expect(mails[0]!.text).toContain(`${BASE}/projecten/${projectId}`);
    expect(mails[0]!.text).not.toContain("Geheim punt");
    const texts = smsTo("+31611000041");
    expect(texts).toHaveLength(2);
    expect(texts[1]!.text).toContain("1 overgenomen");
    expect(texts[1]!.text).not.toContain("Geheim");
    expect(mailsTo("ander@voorbeeld.nl")).toHaveLength(1);

    // The same points again: nothing new to send, and nobody gets a second message.
    expect(() => sendFeedback(db(), { actor, projectId, baseUrl: BASE })).toThrow("geen nieuw punt");
    expect(mailsTo("lezer@voorbeeld.nl")).toHaveLength(2);
    expect(smsTo("+31611000041")).toHaveLength(2);
    // The stop link in the newest message works; the one before it no longer.
    expect(stopContact(db(), stopTokenIn(texts[0]!.text))).toBe(false);
    expect(stopContact(db(), stopTokenIn(mails[0]!.text))).toBe(true);
  });
});

describe("stopping and retention delete the row, and the address is nowhere after", () => {
  const beheerder = createUser("beheerder");

  it("the stop link deletes the row and the messages kept of it", () => {
    const projectId = createOpenProject(beheerder);
    leave(projectId, "stopper.zeldzaam@voorbeeld.nl");
    leave(projectId, "06 11 00 00 51");
    leave(createOpenProject(beheerder), "blijver.zeldzaam@voorbeeld.nl");
    expect(whereInDatabase("stopper.zeldzaam@voorbeeld.nl").length).toBeGreaterThan(0);
    expect(stopContact(db(), stopTokenIn(mailsTo("stopper.zeldzaam@voorbeeld.nl")[0]!.text))).toBe(true);
    expect(stopContact(db(), stopTokenIn(smsTo("+31611000051")[0]!.text))).toBe(true);
    expect(whereInDatabase("stopper.zeldzaam@voorbeeld.nl")).toEqual([]);
    expect(whereInDatabase("+31611000051")).toEqual([]);
    expect(whereInDatabase("blijver.zeldzaam@voorbeeld.nl").length).toBeGreaterThan(0);
  });

  it("deletes a project's contacts three months after its terugkoppelen phase ends, not before", () => {
    const ended = createOpenProject(beheerder);
    const running = createOpenProject(beheerder);
    leave(ended, "oud.zeldzaam@voorbeeld.nl");
    leave(ended, "06 11 00 00 61");
    leave(running, "nog.zeldzaam@voorbeeld.nl");
    db().update(projectPhases).set({ startsOn: "2026-01-01", endsOn: "2026-01-31" }).where(eq(projectPhases.projectId, ended)).run();
    expect(removeExpiredContacts(db(), new Date("2026-04-30T12:00:00Z"))).toBe(0);
    expect(removeExpiredContacts(db(), new Date("2026-05-01T12:00:00Z"))).toBe(2);
    expect(whereInDatabase("oud.zeldzaam@voorbeeld.nl")).toEqual([]);
    expect(whereInDatabase("+31611000061")).toEqual([]);
    expect(db().select().from(projectContacts).where(eq(projectContacts.projectId, running)).all()).toHaveLength(1);
  });
});
