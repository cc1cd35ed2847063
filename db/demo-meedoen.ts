import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "./client";
import { helpPlaces, helpTakes } from "./schema";
import { DEMO_PHONE_CLIENT } from "./demo-trajectories";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

type Helper = { who: string; status: "aangemeld" | "geaccepteerd"; came?: boolean; skills?: string };

/** Places to help on demo ideas and one activity: open requests, accepted helpers, and a past date with a certificate. */
const DEMO_PLACES: {
  task: string;
  bring?: string;
  idea?: string;
  activity?: string;
  host: string;
  hostName: string;
  wijk: string;
  address: string;
  inDays: number;
  hourUtc: number;
  hours: number;
  places: number;
  helpers: Helper[];
  /** A place on a few dates: this many more, a week apart, in one series. */
  moreWeeks?: number;
}[] = [
  {
    task: "Plantenbakken vullen met aarde en zaadjes planten.",
    bring: "Geen ervaring nodig. Neem tuinhandschoenen mee als u die heeft.",
    idea: "Moestuin achter de flat",
    host: "bewoner@demo.example.org",
    hostName: "Fatima",
    wijk: "Vrieheide-De Stack",
    address: "Grasveld achter de Stackstraat",
    inDays: 3,
    hourUtc: 9,
    hours: 3,
    places: 4,
    helpers: [{ who: "jan.hoensbroek@demo.example.org", status: "aangemeld" }],
  },
  {
    task: "Samen met buren een lamp ophangen of een kraan maken.",
    idea: "Klusdag voor de buren",
    host: "mehmet@demo.example.org",
    hostName: "Mehmet",
    wijk: "Heksenberg",
    address: "Buurthuis Heksenberg",
    inDays: 5,
    hourUtc: 12,
    hours: 4,
    places: 4,
    helpers: [
      { who: "anouk@demo.example.org", status: "aangemeld" },
      { who: DEMO_PHONE_CLIENT, status: "geaccepteerd" },
    ],
  },
  {
    task: "Kraampjes opbouwen voor de kerstmarkt.",
    bring: "Geen ervaring nodig. Trek warme kleren aan.",
    activity: "Kerstmarkt van de buurt",
    host: "buurtwerker@demo.example.org",
    hostName: "Ruud",
    wijk: "Mariarade",
    address: "Plein Mariarade, Hoensbroek",
    inDays: 26,
    hourUtc: 10,
    hours: 3,
    places: 6,
    helpers: [{ who: "els@demo.example.org", status: "geaccepteerd" }],
  },
  {
    task: "Schommels en hekjes verven in de speeltuin.",
    idea: "Speeltuin De Dem opknappen",
    host: "jan.hoensbroek@demo.example.org",
    hostName: "Jan",
    wijk: "Hoensbroek-De Dem",
    address: "Speeltuin De Dem",
    inDays: -10,
    hourUtc: 8,
    hours: 4,
    places: 5,
    helpers: [
      { who: "bewoner@demo.example.org", status: "geaccepteerd", came: true, skills: "samenwerken,op-tijd,klussen" },
      { who: "kevin@demo.example.org", status: "geaccepteerd", came: true, skills: "samenwerken" },
      { who: "sandra@demo.example.org", status: "geaccepteerd", came: false },
    ],
  },
  {
    task: "Water geven en onkruid wieden in de moestuin.",
    bring: "Geen ervaring nodig. Kom op één dag of op alle dagen.",
    idea: "Moestuin achter de flat",
    host: "bewoner@demo.example.org",
    hostName: "Fatima",
    wijk: "Vrieheide-De Stack",
    address: "Grasveld achter de Stackstraat",
    inDays: 6,
    hourUtc: 15,
    hours: 2,
    places: 3,
    helpers: [{ who: "kevin@demo.example.org", status: "aangemeld" }],
    moreWeeks: 2,
  },
];

// As lib/meedoen/commands/host.ts: no 0/O or 1/I.
const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const certificateCode = () => Array.from(crypto.randomBytes(10), (byte) => CODE_ALPHABET[byte % CODE_ALPHABET.length]).join("");

type Ids = {
  initiative: (title: string) => number;
  activity: (title: string) => number;
  user: (email: string) => { id: string; name: string };
  wijk: (name: string) => number;
};

export function seedDemoMeedoen(tx: Tx, now: Date, ids: Ids): void {
  for (const place of DEMO_PLACES) {
    const first = new Date(now.getTime() + place.inDays * DAY);
    first.setUTCHours(place.hourUtc, 0, 0, 0);
    let seriesId: number | null = null;
    for (let week = 0; week <= (place.moreWeeks ?? 0); week++) {
      const startsAt = new Date(first.getTime() + week * 7 * DAY);
      const id = insertPlace(tx, place, startsAt, seriesId, now, ids);
      if (place.moreWeeks && seriesId === null) {
        seriesId = id;
        tx.update(helpPlaces).set({ seriesId }).where(eq(helpPlaces.id, id)).run();
      }
      // The helpers of a series took its first date.
      if (week === 0) insertHelpers(tx, place.helpers, id, startsAt, now, ids);
    }
  }
}

function insertPlace(tx: Tx, place: (typeof DEMO_PLACES)[number], startsAt: Date, seriesId: number | null, now: Date, ids: Ids): number {
  return tx
    .insert(helpPlaces)
    .values({
      task: place.task,
      bring: place.bring ?? "",
      wijkId: ids.wijk(place.wijk),
      address: place.address,
      startsAt,
      endsAt: new Date(startsAt.getTime() + place.hours * HOUR),
      places: place.places,
      hostName: place.hostName,
      hostId: ids.user(place.host).id,
      initiativeId: place.idea ? ids.initiative(place.idea) : null,
      activityId: place.activity ? ids.activity(place.activity) : null,
      seriesId,
      createdAt: new Date(Math.min(now.getTime(), startsAt.getTime()) - 14 * DAY),
    })
    .returning({ id: helpPlaces.id })
    .get().id;
}

function insertHelpers(tx: Tx, helpers: Helper[], placeId: number, startsAt: Date, now: Date, ids: Ids): void {
  helpers.forEach((helper, n) => {
    const byPhone = helper.who.startsWith("+");
    const person = byPhone ? null : ids.user(helper.who);
    tx.insert(helpTakes)
      .values({
        placeId,
        userId: person?.id ?? null,
        name: person?.name ?? "Ria",
        phone: byPhone ? helper.who : null,
        status: helper.status,
        decidedAt: helper.status === "geaccepteerd" ? new Date(startsAt.getTime() - 7 * DAY) : null,
        came: helper.came ?? null,
        skills: helper.skills ?? "",
        certificateCode: helper.came ? certificateCode() : null,
        // Open requests are a day old: younger than REMIND_HOST_DAYS (lib/meedoen/fields.ts), so a
        // newcomer's first start mails no host and no buurtwerker about them.
        createdAt: helper.status === "aangemeld" ? new Date(now.getTime() - DAY - n * HOUR) : new Date(startsAt.getTime() - (10 - n) * DAY),
      })
      .run();
  });
}
