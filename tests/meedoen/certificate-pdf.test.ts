import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { certificatePdf } from "@/lib/meedoen/certificate-pdf";
import { decideTake, markAttendance } from "@/lib/meedoen/commands/host";
import { takePlace } from "@/lib/meedoen/commands/take";
import { certificateByCode, ownTakes } from "@/lib/meedoen/queries/own";
import { createInitiative, createUser } from "../support/factories";
import { createPlaceRow, newPhone } from "../support/meedoen-factory";

const BASE = "http://test.local";

describe("the certificate as a PDF download", () => {
  it("is one A4 page with what the certificate shows: name, task, idea, date, hours, host, skills, code and check address; not the number", () => {
    const hostId = createUser("bewoner", "Anna");
    const initiativeId = createInitiative(hostId);
    const placeId = createPlaceRow(hostId, { initiativeId, task: "Soep maken (voor) de buren" });
    const phone = newPhone();
    const { takeId } = takePlace(getDb(), { placeId, user: null, name: "Zoë", phone, baseUrl: BASE });
    decideTake(getDb(), { actor: { id: hostId, staff: false }, takeId, accept: true, baseUrl: BASE });
    markAttendance(getDb(), { actor: { id: hostId, staff: false }, takeId, came: true, skills: ["koken", "op-tijd"], now: new Date(Date.now() + 8 * 24 * 60 * 60 * 1000), baseUrl: BASE });
    const code = getDb().query.helpTakes.findFirst({ where: (t, { eq }) => eq(t.id, takeId) }).sync()!.certificateCode!;
    const take = certificateByCode(code)!;
    const checkUrl = `${BASE}/meedoen/bewijs/${code}`;
    const file = certificatePdf(take, checkUrl).toString("latin1");

    expect(file.startsWith("%PDF-")).toBe(true);
    expect(file.match(/\/Type \/Page\b/g)).toHaveLength(1);
    expect(file).toContain("/MediaBox [0 0 595.28 841.89]");
    for (const shown of ["Ik deed mee", "Zo\xeb", "Soep maken \\(voor\\) de buren", take.forWhat, "3 uur", "Anna", "Op tijd komen, Koken", `Code: ${code}`, checkUrl]) {
      expect(file, shown).toContain(shown);
    }
    expect(file).not.toContain(phone);
    expect(file).not.toContain(phone.slice(3));
    expect(ownTakes(hostId)).toEqual([]);
  });
});
