import { gt } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { ROLES } from "@/db/enums";
import { mailOutbox, smsOutbox } from "@/db/schema";
import { exportPersonalData } from "@/lib/accounts/queries/export";
import { searchAccountsToBlock, searchUsers } from "@/lib/accounts/queries/accounts";
import { takePlace } from "@/lib/meedoen/commands/take";
import { takesOf } from "@/lib/meedoen/queries/host";
import { getPlace, listPlaces } from "@/lib/meedoen/queries/places";
import { listAuditLog } from "@/lib/platform/audit/queries";
import { auditLine } from "@/lib/platform/audit/sentences";
import { can, PERMISSIONS, type Permission } from "@/lib/platform/auth/permissions";
import { tablesToLongCsv } from "@/lib/stats/csv";
import { parseStatsFilter } from "@/lib/stats/filters";
import { figureReports } from "@/lib/stats/reports";
import { suggestPlace, takePlaceForClient } from "@/lib/trajectories/commands/places";
import { addNote, recordReview, recordView } from "@/lib/trajectories/commands/work";
import { createUser } from "../support/factories";
import { createPlaceRow, newPhone } from "../support/meedoen-factory";
import { emailOf } from "../support/notifications";
import { newCoach, startFor, startForPhone } from "../support/trajectories-factory";

/**
 * Whether a person is in a trajectory must show nowhere but to their coach and themselves. Each
 * read that another role has (user admin, blocking, the logbook, the host's page, the places, the
 * dashboard, /cijfers, the API and every CSV, anyone else's data download) is taken before and
 * after a coach starts a trajectory for a person and works in the file: nothing may differ, except
 * a logbook line that names no one. Twelve other trajectories are there already, so that the
 * figures (rounded to tens) do not move either.
 */

const NOW = Date.UTC(2026, 5, 15, 12);
const BASE = "http://test.local";
const db = () => getDb();

let clientId: string;
let placeId: number;
let hostId: string;
let coach: ReturnType<typeof newCoach>;
const others = ROLES.filter((role) => role !== "participatiecoach");

function reads(place = placeId) {
  const client = { name: "Zwaantje", email: emailOf(clientId) };
  const reports = figureReports(parseStatsFilter({}), NOW);
  return {
    "gebruikers (beheerder)": [searchUsers({ query: "", page: 1 }), searchUsers({ query: client.email, page: 1 }), searchUsers({ query: client.name, page: 1 })],
    "blokkeren (buurtwerker)": searchAccountsToBlock({ query: client.name, page: 1 }),
    "plek, gastheer": [takesOf(place), getPlace(place)],
    "plekken om te helpen": listPlaces({}, new Date(NOW)),
    "dashboard (alliantie)": reports.alliantie,
    "cijfers en API (publiek)": reports.publiek,
    "CSV": [tablesToLongCsv(reports.alliantie.tables), tablesToLongCsv(reports.publiek.tables)],
    "download van de gastheer": { ...exportPersonalData(hostId), exportedAt: null },
  };
}

const logbook = () => listAuditLog(1).rows.map((entry) => ({ id: entry.id, ...auditLine(entry) }));

beforeAll(() => {
  const background = newCoach("Achtergrond");
  for (let i = 0; i < 12; i++) {
    const id = startFor(background, createUser("bewoner", `Ander ${i}`));
    recordReview(db(), { coach: background, trajectoryId: id, on: "2026-03-01", step: 3, note: "" });
  }
  coach = newCoach("Yvonne");
  clientId = createUser("bewoner", "Zwaantje");
  hostId = createUser("bewoner", "Gastheer");
  placeId = createPlaceRow(hostId, { startsAt: new Date(NOW + 86_400_000), endsAt: new Date(NOW + 86_400_000 + 3 * 3_600_000) });
  takePlace(db(), { placeId, user: { id: clientId, name: "Zwaantje", email: emailOf(clientId) }, baseUrl: BASE, now: new Date(NOW - 86_400_000) });
});

describe("no other role can learn that someone is in a trajectory", () => {
  it("no role but the participatiecoach has any trajectory permission, the beheerder included", () => {
    const trajectoryPermissions = (Object.keys(PERMISSIONS) as Permission[]).filter((p) => p.startsWith("trajectory:"));
    for (const role of others) for (const permission of trajectoryPermissions) expect(can(role, permission), `${role} ${permission}`).toBe(false);
  });

  it("every page, export, CSV and API read of the other roles is the same before and after, and the logbook names no one", () => {
    const before = reads();
    const logBefore = logbook();
    const lastMail = db().select().from(mailOutbox).all().at(-1)?.id ?? 0;
    const lastSms = db().select().from(smsOutbox).all().at(-1)?.id ?? 0;

    const id = startFor(coach, clientId, { phone: "0687654321" });
    recordView(db(), { coach, trajectoryId: id });
    recordReview(db(), { coach, trajectoryId: id, on: "2026-06-01", step: 3, note: "Geheim: wil naar de bouw." });
    addNote(db(), { coach, trajectoryId: id, note: "Geheime notitie over de bijstand." });
    suggestPlace(db(), { coach, trajectoryId: id, placeId, baseUrl: BASE, now: new Date(NOW) });

    const after = reads();
    for (const view of Object.keys(before) as (keyof typeof before)[]) expect(after[view], view).toEqual(before[view]);

    const newLines = logbook().filter((line) => !logBefore.some((old) => old.id === line.id));
    expect(newLines.length).toBeGreaterThan(0);
    for (const line of newLines) {
      expect(line.sentence).toBe("Yvonne (participatiecoach) werkte in een dossier.");
      expect(line.link).toBeNull();
    }
    const logText = JSON.stringify(logbook());
    for (const secret of ["Zwaantje", emailOf(clientId), "687654321", "Geheim", "traject", "bijstand"]) expect(logText).not.toContain(secret);

    // The only message went to the person, and the coach's mail address got none.
    const mails = db().select().from(mailOutbox).where(gt(mailOutbox.id, lastMail)).all();
    expect(mails.map((mail) => mail.to)).toEqual([emailOf(clientId)]);
    expect(db().select().from(smsOutbox).where(gt(smsOutbox.id, lastSms)).all()).toEqual([]);
  });

  it("a client without an account: the same reads are unchanged, and their number shows nowhere", () => {
    const phone = newPhone();
    const place = createPlaceRow(hostId, { startsAt: new Date(NOW + 2 * 86_400_000), endsAt: new Date(NOW + 2 * 86_400_000 + 3 * 3_600_000) });
    const later = createPlaceRow(hostId, { startsAt: new Date(NOW + 3 * 86_400_000), endsAt: new Date(NOW + 3 * 86_400_000 + 3 * 3_600_000) });
    takePlace(db(), { placeId: place, user: null, name: "Wubbo", phone, baseUrl: BASE, now: new Date(NOW - 86_400_000) });
    const before = reads(place);
    const laterBefore = takesOf(later);
    const logBefore = logbook();

    const id = startForPhone(coach, phone);
    recordView(db(), { coach, trajectoryId: id });
    addNote(db(), { coach, trajectoryId: id, note: "Geheime notitie over de bijstand." });
    const after = reads(place);
    for (const view of Object.keys(before) as (keyof typeof before)[]) expect(after[view], view).toEqual(before[view]);

    takePlaceForClient(db(), { coach, trajectoryId: id, placeId: later, baseUrl: BASE, now: new Date(NOW) });
    // The host sees the place taken for the client exactly as one the client took: a first name.
    expect(takesOf(later).length).toBe(laterBefore.length + 1);
    expect(takesOf(later)).toEqual(takesOf(place).map((take) => expect.objectContaining({ name: take.name, status: take.status, came: take.came })));
    const newLines = logbook().filter((line) => !logBefore.some((old) => old.id === line.id));
    for (const line of newLines) expect(line.sentence).toBe("Yvonne (participatiecoach) werkte in een dossier.");
    expect(JSON.stringify(logbook())).not.toContain(phone.slice(3));
  });
});
