import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, mailOutbox, trajectories, trajectoryAccess, users } from "@/db/schema";
import { takesOf } from "@/lib/meedoen/queries/host";
import { AppError, FieldRefusal } from "@/lib/platform/errors";
import { CONSENT_TEXT } from "@/lib/trajectories/consent";
import { suggestPlace, takePlaceForClient } from "@/lib/trajectories/commands/places";
import { remindOfReviews } from "@/lib/trajectories/commands/retention";
import { startTrajectory } from "@/lib/trajectories/commands/start";
import { addNote, endTrajectory, recordReview, recordView } from "@/lib/trajectories/commands/work";
import { clientFile, ownClients } from "@/lib/trajectories/queries/coach";
import { ownTrajectories } from "@/lib/trajectories/queries/own";
import { startSchema } from "@/lib/trajectories/schema";
import { createUser } from "../support/factories";
import { createPlaceRow } from "../support/meedoen-factory";
import { emailOf } from "../support/notifications";
import { GROUPS, newCoach, startFor } from "../support/trajectories-factory";

const db = () => getDb();
const BASE = "http://test.local";
const FORBIDDEN_WORDS = /traject|bijstand|uitkering|coach|ladder/i;

describe("starting a trajectory", () => {
  it("stores the consent word for word, with when and by which coach, and plans the first review six months on", () => {
    const coach = newCoach();
    const client = createUser("bewoner", "Sanne");
    const at = new Date("2026-01-05T10:00:00Z");
    const id = startFor(coach, client, {}, at);
    const row = db().select().from(trajectories).where(eq(trajectories.id, id)).get()!;
    expect(row).toMatchObject({ clientId: client, coachId: coach.id, consentText: CONSENT_TEXT, consentById: coach.id, consentByName: "Yvonne", nextReviewOn: "2026-07-05", startStep: 2 });
    expect(row.consentAt).toEqual(at);
  });

  it("makes an account for an address that has none, with the first name the coach typed", () => {
    const coach = newCoach();
    const data = startSchema.parse({ email: "Nieuw.Iemand@Voorbeeld.test", phone: "06 12345678", firstName: "Kees", startsOn: "2026-02-01", plannedEndOn: "2026-08-01", hoursPerWeek: "4", kind: "tegenprestatie", clientGroup: "E", startStep: "1", consent: "on" });
    const id = startTrajectory(db(), { coach, data, clientGroups: GROUPS });
    const client = db().select().from(users).where(eq(users.email, "nieuw.iemand@voorbeeld.test")).get()!;
    expect(client).toMatchObject({ displayName: "Kees", role: "bewoner" });
    expect(db().select().from(trajectories).where(eq(trajectories.id, id)).get()!.clientPhone).toBe("+31612345678");
  });

  it("refuses without consent, a staff account, a second open trajectory, a group not on the list, or a new address without a first name", () => {
    expect(startSchema.safeParse({ email: "a@b.test", startsOn: "2026-01-01", plannedEndOn: "2026-06-01", hoursPerWeek: "8", kind: "vrijwillig", clientGroup: "C", startStep: "2" }).error!.flatten().fieldErrors.consent).toEqual([
      "De deelnemer moet eerst toestemming geven. Lees de tekst samen en zet dan het vinkje.",
    ]);
    const coach = newCoach();
    expect(() => startFor(coach, createUser("buurtwerker"))).toThrow(FieldRefusal);
    const client = createUser();
    startFor(coach, client);
    expect(() => startFor(newCoach(), client)).toThrow("al een traject");
    expect(() => startFor(coach, createUser(), { clientGroup: "Z" })).toThrow("Kies een groep uit de lijst.");
    expect(() => startFor(coach, createUser(), { email: "niemand@nergens.test" })).toThrow("Vul de voornaam in");
  });
});

describe("a coach sees and changes only their own clients", () => {
  it("another coach finds no file, and every change is refused as 'not found'", () => {
    const coach = newCoach();
    const other = newCoach("Anders");
    const id = startFor(coach, createUser("bewoner", "Lotte"));
    expect(ownClients(other.id)).toEqual([]);
    expect(ownClients(coach.id).map((row) => row.id)).toEqual([id]);
    expect(clientFile(other.id, id)).toBeNull();
    const placeId = createPlaceRow(null);
    const attempts = [
      () => recordView(db(), { coach: other, trajectoryId: id }),
      () => recordReview(db(), { coach: other, trajectoryId: id, on: "2026-07-01", step: 3, note: "" }),
      () => addNote(db(), { coach: other, trajectoryId: id, note: "Niet van mij" }),
      () => endTrajectory(db(), { coach: other, trajectoryId: id, endedOn: "2026-07-01", outcome: "gestopt" }),
      () => suggestPlace(db(), { coach: other, trajectoryId: id, placeId, baseUrl: BASE }),
      () => takePlaceForClient(db(), { coach: other, trajectoryId: id, placeId, baseUrl: BASE }),
    ];
    for (const attempt of attempts) expect(attempt).toThrow(expect.objectContaining({ code: "not_found" }) as AppError);
    expect(takesOf(placeId)).toEqual([]);
  });

  it("writes down every opening and change for the client; the logbook line names no one", () => {
    const coach = newCoach();
    const client = createUser("bewoner", "Rianne");
    const id = startFor(coach, client);
    recordView(db(), { coach, trajectoryId: id });
    recordReview(db(), { coach, trajectoryId: id, on: "2026-07-01", step: 3, note: "Gaat goed." });
    addNote(db(), { coach, trajectoryId: id, note: "Belt zelf." });
    const access = db().select({ what: trajectoryAccess.what }).from(trajectoryAccess).where(eq(trajectoryAccess.trajectoryId, id)).all();
    expect(access.map((row) => row.what)).toEqual(["gestart", "bekeken", "evaluatie", "notitie"]);
    const lines = db().select().from(auditLog).where(eq(auditLog.actorId, coach.id)).all();
    expect(lines).toHaveLength(3);
    for (const line of lines) {
      expect(line).toMatchObject({ action: "dossier.worked", targetType: "dossier", targetId: "-", details: null });
      expect(JSON.stringify(line)).not.toContain(client);
    }
    expect(ownTrajectories(client)[0]!.access.map((row) => row.what)).toEqual(["notitie", "evaluatie", "bekeken", "gestart"]);
  });

  it("a review moves the next one six months on; after the end nothing changes any more", () => {
    const coach = newCoach();
    const id = startFor(coach, createUser());
    recordReview(db(), { coach, trajectoryId: id, on: "2026-06-30", step: 4, note: "" });
    expect(clientFile(coach.id, id)).toMatchObject({ nextReviewOn: "2026-12-30", reviews: [{ step: 4 }] });
    endTrajectory(db(), { coach, trajectoryId: id, endedOn: "2026-11-01", outcome: "betaald_werk" });
    expect(() => addNote(db(), { coach, trajectoryId: id, note: "Te laat" })).toThrow("al afgesloten");
  });
});

describe("places to help for a client", () => {
  it("the suggestion reaches the client with the place's link, and says nothing about a trajectory", () => {
    const coach = newCoach();
    const client = createUser("bewoner", "Gerrit");
    const id = startFor(coach, client);
    const placeId = createPlaceRow(null);
    suggestPlace(db(), { coach, trajectoryId: id, placeId, baseUrl: BASE });
    const mail = db().select().from(mailOutbox).where(eq(mailOutbox.to, emailOf(client))).all().at(-1)!;
    expect(mail.text).toContain(`${BASE}/meedoen/${placeId}`);
    expect(`${mail.subject} ${mail.text} ${mail.html}`).not.toMatch(FORBIDDEN_WORDS);
  });

  it("a place taken for the client looks to the host exactly like anyone's: the first name", () => {
    const coach = newCoach();
    const client = createUser("bewoner", "Gerda");
    const id = startFor(coach, client);
    const placeId = createPlaceRow(createUser("bewoner", "Host"));
    takePlaceForClient(db(), { coach, trajectoryId: id, placeId, baseUrl: BASE });
    expect(takesOf(placeId)).toEqual([expect.objectContaining({ name: "Gerda", status: "aangemeld", came: null })]);
    expect(db().select().from(auditLog).where(eq(auditLog.actorId, coach.id)).all()).toHaveLength(1);
    expect(clientFile(coach.id, id)!.takes).toHaveLength(1);
  });
});

describe("the review reminder", () => {
  it("mails each coach once per due review, with no name or detail in it", () => {
    const coach = newCoach();
    const client = createUser("bewoner", "Herman");
    startFor(coach, client, { startsOn: "2025-01-01" });
    startFor(coach, createUser("bewoner", "Ineke"), { startsOn: "2025-02-01" });
    const now = new Date("2026-03-01T08:00:00Z");
    expect(remindOfReviews(db(), { now, baseUrl: BASE })).toBeGreaterThanOrEqual(1);
    const mails = db().select().from(mailOutbox).where(eq(mailOutbox.to, emailOf(coach.id))).all();
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe("U heeft een evaluatie te doen");
    expect(`${mails[0]!.text} ${mails[0]!.html}`).not.toMatch(/Herman|Ineke|traject|bijstand/i);
    remindOfReviews(db(), { now, baseUrl: BASE });
    expect(db().select().from(mailOutbox).where(eq(mailOutbox.to, emailOf(coach.id))).all()).toHaveLength(1);
  });
});
