import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { helpPlaces, helpTakes, smsOutbox } from "@/db/schema";
import { deleteAccount } from "@/lib/accounts/commands/deletion";
import { exportPersonalData } from "@/lib/accounts/queries/export";
import { decideTake, markAttendance } from "@/lib/meedoen/commands/host";
import { takePlace } from "@/lib/meedoen/commands/take";
import { certificateByCode } from "@/lib/meedoen/queries/own";
import { WIPED_NAME } from "@/lib/privacy/commands/anonymise";
import { cleanupPersonalData } from "@/lib/privacy/commands/retention";
import { createUser } from "../support/factories";
import { createPlaceRow, newPhone } from "../support/meedoen-factory";
import { emailOf } from "../support/notifications";

const db = () => getDb();
const BASE = "http://test.local";
const HOUR = 60 * 60 * 1000;
const staff = { id: "", staff: true };

/** A helper who came to a place that is hosted by `hostId`; returns the take and its certificate code. */
function cameTo(placeId: number, who: { userId: string } | { phone: string }) {
  const user = "userId" in who ? { id: who.userId, name: "Piet", email: emailOf(who.userId) } : null;
  const { takeId } = takePlace(db(), { placeId, user, name: "Karin", phone: "phone" in who ? who.phone : undefined, baseUrl: BASE });
  const actor = { ...staff, id: createUser("buurtwerker") };
  decideTake(db(), { actor, takeId, accept: true, baseUrl: BASE });
  db().update(helpPlaces).set({ startsAt: new Date(Date.now() - 3 * HOUR), endsAt: new Date(Date.now() - HOUR) }).where(eq(helpPlaces.id, placeId)).run();
  markAttendance(db(), { actor, takeId, came: true, skills: ["koken"], baseUrl: BASE });
  return { takeId, code: db().select({ code: helpTakes.certificateCode }).from(helpTakes).where(eq(helpTakes.id, takeId)).get()!.code! };
}

describe("places to help and personal data", () => {
  it("a guest who came gets the certificate's address by text message", () => {
    const phone = newPhone();
    const { code } = cameTo(createPlaceRow(null), { phone });
    const last = db().select().from(smsOutbox).where(eq(smsOutbox.to, phone)).all().at(-1)!;
    expect(last.text).toMatch(new RegExp(`^Dank u wel voor het helpen op .+ Uw bewijs "Ik deed mee": ${BASE}/meedoen/bewijs/${code}$`));
  });

  it("the data download holds the places taken and offered; deleting the account removes the takes", () => {
    const userId = createUser("bewoner", "Piet");
    const placeId = createPlaceRow(null);
    const { code } = cameTo(placeId, { userId });
    const hosted = createPlaceRow(userId);
    const data = exportPersonalData(userId);
    expect(data.helpTaken).toEqual([expect.objectContaining({ placeId, came: true, skills: "koken", certificateCode: code })]);
    expect(data.helpOffered.map((place) => place.placeId)).toEqual([hosted]);

    deleteAccount(db(), { userId, baseUrl: BASE });
    expect(db().select().from(helpTakes).where(eq(helpTakes.userId, userId)).all()).toEqual([]);
    expect(certificateByCode(code)).toBeNull();
    // The place the person offered stays for its helpers, without its host.
    expect(db().select({ hostId: helpPlaces.hostId }).from(helpPlaces).where(eq(helpPlaces.id, hosted)).get()!.hostId).toBeNull();
  });

  it("retention removes a guest's name, number and certificate after the period; attendance stays", () => {
    const phone = newPhone();
    const placeId = createPlaceRow(null);
    const { takeId, code } = cameTo(placeId, { phone });
    const later = new Date(Date.now() + 400 * 24 * HOUR);
    expect(cleanupPersonalData(db(), later).helpTakesWiped).toBeGreaterThanOrEqual(1);
    const row = db().select().from(helpTakes).where(eq(helpTakes.id, takeId)).get()!;
    expect(row).toMatchObject({ name: WIPED_NAME, certificateCode: null, came: true, status: "geaccepteerd" });
    expect(row.phone).not.toBe(phone);
    expect(certificateByCode(code)).toBeNull();
    expect(cleanupPersonalData(db(), later).helpTakesWiped).toBe(0);
  });
});
