import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { backings } from "@/db/schema";
import { decideTake } from "@/lib/meedoen/commands/host";
import { takePlace } from "@/lib/meedoen/commands/take";
import { helpOffersOn, takesOf } from "@/lib/meedoen/queries/host";
import { getPlace, listPlaces, placesOf } from "@/lib/meedoen/queries/places";
import { PLACES_PAGE_SIZE } from "@/lib/meedoen/schema";
import { createActivityRow } from "../support/activities-factory";
import { createInitiative, createUser } from "../support/factories";
import { createPlaceRow, newPhone } from "../support/meedoen-factory";

const DAY = 24 * 60 * 60 * 1000;
const at = (days: number) => new Date(Date.now() + days * DAY);

describe("the list of places", () => {
  it("shows coming places soonest first, by wijk and for the coming 7 days, with places taken", () => {
    const soon = createPlaceRow(null, { wijkId: 2, startsAt: at(2), endsAt: at(2.1) });
    const later = createPlaceRow(null, { wijkId: 2, startsAt: at(20), endsAt: at(20.1) });
    const past = createPlaceRow(null, { wijkId: 2, startsAt: at(-2), endsAt: at(-1.9) });
    const elsewhere = createPlaceRow(null, { wijkId: 3, startsAt: at(3), endsAt: at(3.1) });
    takePlace(getDb(), { placeId: soon, user: null, name: "Karin", phone: newPhone(), baseUrl: "http://t" });
    const ids = (items: { id: number }[]) => items.map((item) => item.id).filter((id) => [soon, later, past, elsewhere].includes(id));
    expect(ids(listPlaces({}).items)).toEqual([soon, elsewhere, later]);
    expect(ids(listPlaces({ wijkId: 2 }).items)).toEqual([soon, later]);
    expect(ids(listPlaces({ wijkId: 2, thisWeek: true }).items)).toEqual([soon]);
    expect(listPlaces({ wijkId: 2 }).items.find((item) => item.id === soon)!.taken).toBe(1);
  });

  it("comes in pages of 20, soonest first, each place once; the last full page has no next page, one more place makes one", () => {
    const wijkId = 9;
    // Every 5 hours from tomorrow, created latest first: the order is by date, not by id.
    const placeAt = (k: number) => createPlaceRow(null, { wijkId, startsAt: at(1 + (k * 5) / 24), endsAt: at(1 + (k * 5 + 2) / 24) });
    const byDate = Array.from({ length: 40 }, (_, n) => placeAt(39 - n)).reverse();
    const page = (n: number, filter: { thisWeek?: boolean } = {}) => listPlaces({ wijkId, page: n, ...filter });
    const idsOf = (result: { items: { id: number }[] }) => result.items.map((item) => item.id);

    expect(idsOf(page(1))).toEqual(byDate.slice(0, PLACES_PAGE_SIZE));
    expect(page(1).hasNext).toBe(true);
    expect(idsOf(page(2))).toEqual(byDate.slice(PLACES_PAGE_SIZE));
    expect(page(2).hasNext).toBe(false);
    expect(page(3)).toEqual({ items: [], hasNext: false });

    const last = placeAt(40);
    expect(page(2).hasNext).toBe(true);
    expect(idsOf(page(3))).toEqual([last]);
    expect(page(3).hasNext).toBe(false);
    // "Deze week" pages the same way: the places up to 6 days after tomorrow (k = 0..28).
    expect(idsOf(page(2, { thisWeek: true }))).toEqual(byDate.slice(PLACES_PAGE_SIZE, 29));
    expect(page(2, { thisWeek: true }).hasNext).toBe(false);
  });

  it("an activity's page lists its own coming places", () => {
    const activityId = createActivityRow();
    const place = createPlaceRow(null, { activityId });
    createPlaceRow(null);
    expect(placesOf({ activityId }).map((item) => item.id)).toEqual([place]);
    expect(getPlace(place)!.activityTitle).toBe("BBQ test");
  });
});

describe("what the host sees of a helper", () => {
  it("a first name, the status and attendance; no number, no account; declined people drop off the list", () => {
    const hostId = createUser("bewoner", "Anna");
    const placeId = createPlaceRow(hostId);
    const phone = newPhone();
    const kept = takePlace(getDb(), { placeId, user: null, name: "Karin", phone, baseUrl: "http://t" });
    const declined = takePlace(getDb(), { placeId, user: null, name: "Bert", phone: newPhone(), baseUrl: "http://t" });
    decideTake(getDb(), { actor: { id: hostId, staff: false }, takeId: declined.takeId, accept: false, baseUrl: "http://t" });
    const seen = takesOf(placeId);
    expect(seen).toEqual([{ id: kept.takeId, name: "Karin", status: "aangemeld", came: null, skills: "" }]);
    expect(JSON.stringify(seen)).not.toContain(phone);
  });
});

describe("residents' offers of help, beside the place", () => {
  it("the idea's initiator sees who said \"ik help mee\" and their note; other staff see how many", () => {
    const initiator = createUser("bewoner", "Anna");
    const ideaId = createInitiative(initiator);
    const helper = createUser("bewoner", "Henk");
    getDb().insert(backings).values({ initiativeId: ideaId, userId: helper, helpOffered: true, helpNote: "Ik kan koken." }).run();
    getDb().insert(backings).values({ initiativeId: ideaId, userId: createUser(), helpOffered: false }).run();
    expect(helpOffersOn(ideaId, initiator)).toEqual({ count: 1, helpers: [{ name: "Henk", note: "Ik kan koken." }] });
    expect(helpOffersOn(ideaId, createUser("buurtwerker"))).toEqual({ count: 1, helpers: null });
  });
});
