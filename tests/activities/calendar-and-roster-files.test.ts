import { describe, expect, it } from "vitest";
import { calendarFile } from "@/lib/activities/calendar";
import { rosterCsv } from "@/lib/activities/csv";
import { fromLocalInput, toLocalInput } from "@/lib/platform/time";

const activity = {
  id: 7,
  title: "BBQ, met muziek; en spelletjes",
  description: "Gratis eten.",
  address: "Plein 1",
  wijkName: "De Hei",
  startsAt: new Date("2030-08-08T15:00:00Z"),
  endsAt: new Date("2030-08-08T18:00:00Z"),
  cancelled: false,
};

describe("calendar files", () => {
  it("writes UTC times, the place and a stable uid; a cancelled activity says so", () => {
    const ics = calendarFile([activity, { ...activity, id: 8, cancelled: true }], "http://test.local").replace(/\r\n[ \t]/g, "");
    expect(ics).toContain("DTSTART:20300808T150000Z");
    expect(ics).toContain("DTEND:20300808T180000Z");
    expect(ics).toContain("UID:activiteit-7@burgersmaken-hrl-nrd");
    expect(ics).toContain("URL:http://test.local/activiteiten/7");
    expect(ics).toContain("LOCATION:Plein 1\\, De Hei");
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain("STATUS:CANCELLED");
  });
});

describe("CSV of the list", () => {
  it("quotes every cell, uses semicolons and never lets a cell run as a formula", () => {
    const entry = { id: 1, name: '=HYPERLINK("x")', email: "a@b.nl", phone: null, partySize: 2, notes: 'zegt "hoi"; halal', checkedIn: true, promoted: false, createdAt: new Date() };
    const csv = rosterCsv({ confirmed: [entry], waiting: [], walkIns: [], totals: { signedUp: 2, came: 2, walkIns: 0, waiting: 0 } });
    const [header, row] = csv.replace("\uFEFF", "").trim().split("\r\n");
    expect(header).toBe('"Lijst";"Nummer";"Naam";"Personen";"Opmerking";"E-mail";"Telefoon";"Gekomen";"Van wachtlijst"');
    expect(row).toBe(`"aangemeld";"1";"'=HYPERLINK(""x"")";"2";"zegt ""hoi""; halal";"a@b.nl";"";"ja";"nee"`);
  });
});

describe("local times in forms", () => {
  it("round-trips Heerlen wall-clock time through summer and winter time", () => {
    for (const value of ["2030-03-31T01:30", "2030-03-31T03:30", "2030-10-27T01:30", "2030-07-01T12:00", "2030-01-01T00:00"]) {
      expect(toLocalInput(fromLocalInput(value)!)).toBe(value);
    }
    expect(fromLocalInput("2030-13-01T10:00")).toBeNull();
    expect(fromLocalInput("morgen")).toBeNull();
  });
});
