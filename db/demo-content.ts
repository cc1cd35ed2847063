import type { InitiativeStatus, Role } from "./enums";

type Person = { email: string; displayName: string; role: Role; wijk?: string };

/** One account per role; the README lists these addresses. */
export const DEMO_USERS: [Person, Person, Person, Person, Person, Person] = [
  { email: "bewoner@demo.example.org", displayName: "Fatima", role: "bewoner", wijk: "Vrieheide-De Stack" },
  { email: "buurtwerker@demo.example.org", displayName: "Ruud", role: "buurtwerker", wijk: "Heerlerheide-Passart" },
  { email: "alliantie@demo.example.org", displayName: "Marieke", role: "alliantie" },
  { email: "beheerder@demo.example.org", displayName: "Karin", role: "beheerder" },
  { email: "projectteam@demo.example.org", displayName: "Bram", role: "projectteam" },
  { email: "coach@demo.example.org", displayName: "Yvonne", role: "participatiecoach" },
];

export const DEMO_RESIDENTS: Person[] = [
  { email: "jan.hoensbroek@demo.example.org", displayName: "Jan", role: "bewoner", wijk: "Hoensbroek-De Dem" },
  { email: "anouk@demo.example.org", displayName: "Anouk", role: "bewoner", wijk: "Mariarade" },
  { email: "mehmet@demo.example.org", displayName: "Mehmet", role: "bewoner", wijk: "Heksenberg" },
  { email: "els@demo.example.org", displayName: "Els", role: "bewoner", wijk: "De Hei" },
  { email: "kevin@demo.example.org", displayName: "Kevin", role: "bewoner", wijk: "Meezenbroek-Schaesbergerveld" },
  { email: "sandra@demo.example.org", displayName: "Sandra", role: "bewoner", wijk: "Nieuw Lotbroek" },
  { email: "piet@demo.example.org", displayName: "Piet", role: "bewoner", wijk: "Eikenderveld" },
  { email: "yasmina@demo.example.org", displayName: "Yasmina", role: "bewoner", wijk: "De Koumen" },
  { email: "wim@demo.example.org", displayName: "Wim", role: "bewoner", wijk: "Rennemig-Beersdal" },
  { email: "lotte@demo.example.org", displayName: "Lotte", role: "bewoner", wijk: "Schandelen-Grasbroek" },
];

type Need = "help" | "place" | "materials";
type DemoInitiative = {
  title: string;
  pitch: string;
  description: string;
  wijk: string;
  theme: "wonen" | "werken" | "leren" | "veiligheid" | "gezondheid";
  status: InitiativeStatus;
  initiator: string;
  needs: Need[];
  moneyEuros?: number;
  backers?: number;
  paper?: number;
  result?: string;
  ageDays: number;
};

const R = DEMO_RESIDENTS.map((r) => r.email);
const FATIMA = DEMO_USERS[0].email;

export const DEMO_INITIATIVES: DemoInitiative[] = [
  { title: "Moestuin achter de flat", pitch: "Samen groente kweken op het grasveld achter de flat.", description: "Het grasveld achter ons gebouw wordt nu niet gebruikt. Wij willen er bakken neerzetten. Iedereen mag meedoen. Kinderen leren hoe groente groeit.", wijk: "Vrieheide-De Stack", theme: "gezondheid", status: "zoekt_steun", initiator: FATIMA, needs: ["help", "materials"], moneyEuros: 750, backers: 8, paper: 12, ageDays: 20 },
  { title: "Speeltuin De Dem opknappen", pitch: "De schommels zijn kapot. Wij willen de speeltuin weer veilig maken.", description: "Ouders uit de buurt willen samen met de gemeente de speeltuin opknappen. Wij zoeken mensen die kunnen klussen.", wijk: "Hoensbroek-De Dem", theme: "veiligheid", status: "in_uitvoering", initiator: R[0]!, needs: ["help", "materials"], moneyEuros: 4000, backers: 9, ageDays: 60 },
  { title: "Taalcafé in de bibliotheek", pitch: "Elke woensdag samen Nederlands oefenen met koffie.", description: "Nieuwe buren willen graag Nederlands leren. Wij praten samen over gewone dingen. Vrijwilligers helpen.", wijk: "Heerlerheide-Passart", theme: "leren", status: "gerealiseerd", initiator: R[1]!, needs: ["place", "help"], backers: 7, result: "Elke woensdag komen nu 15 mensen naar het taalcafé.", ageDays: 200 },
  { title: "Buurtbankjes langs de route", pitch: "Bankjes zodat ouderen onderweg even kunnen rusten.", description: "Veel ouderen lopen naar de winkels. Onderweg is er nergens een plek om te zitten.", wijk: "Mariarade", theme: "gezondheid", status: "zoekt_steun", initiator: R[2]!, needs: ["materials"], moneyEuros: 2500, backers: 5, ageDays: 15 },
  { title: "Klusdag voor de buren", pitch: "Eén keer per maand helpen wij buren met kleine klussen.", description: "Een lamp ophangen, een kraan maken. Niet iedereen kan dat zelf. Wij helpen gratis.", wijk: "Heksenberg", theme: "wonen", status: "zoekt_steun", initiator: R[2]!, needs: ["help"], backers: 6, ageDays: 10 },
  { title: "Huiswerkklas voor kinderen", pitch: "Hulp bij huiswerk na school, in het buurthuis.", description: "Kinderen kunnen na school terecht voor hulp bij rekenen en lezen.", wijk: "De Hei", theme: "leren", status: "in_uitvoering", initiator: R[3]!, needs: ["place", "help"], backers: 10, ageDays: 90 },
  { title: "Opruimactie in het park", pitch: "Samen het park schoon maken, met koffie na afloop.", description: "Wij ruimen samen zwerfafval op. De gemeente zorgt voor knijpers en zakken.", wijk: "Meezenbroek-Schaesbergerveld", theme: "veiligheid", status: "gerealiseerd", initiator: R[4]!, needs: ["help"], backers: 9, result: "40 buren ruimden 60 zakken afval op.", ageDays: 150 },
  { title: "Sollicitatiehulp op zaterdag", pitch: "Hulp bij een cv en een brief, door buren die het kunnen.", description: "Wij helpen buren die werk zoeken. Samen met WerkvoorHeerlen.", wijk: "Nieuw Lotbroek", theme: "werken", status: "zoekt_steun", initiator: R[5]!, needs: ["place"], backers: 3, ageDays: 8 },
  { title: "Beweegclub voor 60-plussers", pitch: "Twee keer per week samen wandelen en bewegen.", description: "Bewegen is gezond en gezellig. Wij lopen samen een rondje door de wijk.", wijk: "Eikenderveld", theme: "gezondheid", status: "zoekt_steun", initiator: R[6]!, needs: ["help"], backers: 4, paper: 9, ageDays: 5 },
  { title: "Lichtjes in de steeg", pitch: "Betere verlichting in de donkere steeg naar de school.", description: "Kinderen lopen in de winter in het donker. Wij willen lampen.", wijk: "De Koumen", theme: "veiligheid", status: "ingediend", initiator: R[7]!, needs: ["materials"], moneyEuros: 3000, ageDays: 2 },
  { title: "Repair café", pitch: "Kapotte spullen samen repareren in plaats van weggooien.", description: "Elke maand een middag waar vrijwilligers helpen met repareren.", wijk: "Rennemig-Beersdal", theme: "werken", status: "ingediend", initiator: R[8]!, needs: ["place", "help"], ageDays: 9 },
  { title: "Muurschildering bij het station", pitch: "Een kleurrijke muur, gemaakt door jongeren uit de buurt.", description: "Jongeren maken samen met een kunstenaar een schildering.", wijk: "Schandelen-Grasbroek", theme: "wonen", status: "teruggestuurd", initiator: R[9]!, needs: ["materials"], moneyEuros: 1800, ageDays: 12 },
  { title: "Kookavond met buren", pitch: "Eén keer per maand samen koken en eten.", description: "Iedereen neemt een gerecht mee uit eigen land.", wijk: "Vrieheide-De Stack", theme: "gezondheid", status: "concept", initiator: FATIMA, needs: ["place"], ageDays: 1 },
  { title: "Parkeerplaats wordt speelplein", pitch: "Op zondag de parkeerplaats afsluiten om te spelen.", description: "Dit kan helaas niet: de parkeerplaats is van een bedrijf.", wijk: "Zeswegen-Nieuw Husken", theme: "wonen", status: "afgewezen", initiator: R[0]!, needs: ["help"], ageDays: 40 },
  { title: "Boekenkastje op het plein", pitch: "Een kastje waar iedereen gratis boeken kan ruilen.", description: "Neem een boek, breng een boek.", wijk: "Maria-Gewanden-Terschuren", theme: "leren", status: "ingetrokken", initiator: R[1]!, needs: ["materials"], backers: 2, ageDays: 70 },
  { title: "Buurtpreventie-app", pitch: "Een groep buren die samen oplet in de straat.", description: "Wij letten samen op en waarschuwen de wijkagent.", wijk: "Heerlerheide-Passart", theme: "veiligheid", status: "zoekt_steun", initiator: R[3]!, needs: ["help"], backers: 2, ageDays: 4 },
  { title: "Groene daken op de schuurtjes", pitch: "Planten op de daken van de schuurtjes, goed tegen hitte.", description: "Samen met Weller willen wij de daken groen maken.", wijk: "Mariarade", theme: "wonen", status: "in_uitvoering", initiator: R[5]!, needs: ["materials", "help"], moneyEuros: 6000, backers: 8, ageDays: 120 },
  { title: "Computerles voor ouderen", pitch: "Leren mailen en videobellen met de kleinkinderen.", description: "Jongeren geven les aan ouderen in het buurthuis.", wijk: "Hoensbroek-De Dem", theme: "leren", status: "gerealiseerd", initiator: R[6]!, needs: ["place"], backers: 6, result: "20 ouderen kunnen nu videobellen.", ageDays: 240 },
  { title: "Voetbaltoernooi in de zomer", pitch: "Een toernooi voor alle kinderen van de wijk.", description: "Teams uit alle straten spelen tegen elkaar.", wijk: "Nieuw Lotbroek", theme: "gezondheid", status: "zoekt_steun", initiator: R[7]!, needs: ["help", "place"], moneyEuros: 500, backers: 9, ageDays: 25 },
  { title: "Fietsenmaker voor jongeren", pitch: "Jongeren leren fietsen repareren en verdienen iets.", description: "Een werkplaats waar jongeren ervaring opdoen.", wijk: "Heksenberg", theme: "werken", status: "ingediend", initiator: R[4]!, needs: ["place", "materials"], moneyEuros: 8000, ageDays: 6 },
];

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** Noon (UTC) of a date, plus hours: stable whatever the machine's time zone. */
const at = (year: number, month: number, day: number, hourUtc: number) => new Date(Date.UTC(year, month - 1, day, hourUtc));

/** The coming summer's BBQ dates: this year's if August has not begun yet, else next year's. */
export function bbqDates(now: Date) {
  const year = now.getUTCMonth() < 7 ? now.getUTCFullYear() : now.getUTCFullYear() + 1;
  return {
    seriesName: `BBQ-zomer ${year}`,
    dates: [at(year, 8, 8, 15), at(year, 8, 22, 15), at(year, 9, 5, 15), at(year, 9, 19, 15)],
  };
}

type DemoActivity = {
  title: string;
  description: string;
  wijk: string;
  address: string;
  startsAt: Date;
  hours: number;
  places: number;
  signups: number[];
  /** Party sizes on the waiting list, after the confirmed sign-ups. */
  waiting?: number[];
  walkIns?: number;
  bbq?: boolean;
  initiativeIndex?: number;
  /** Organised by the idea's initiator (lib/activities/commands/organizer.ts): approved, or waiting for a buurtwerker. */
  organizer?: { approval: "goedgekeurd" | "wacht" };
};

const BBQ_TEXT = "Kom naar de BBQ bij u in de buurt! Gratis eten, muziek en spelletjes voor de kinderen. Er is ook halal en vegetarisch eten.";

export function DEMO_ACTIVITIES(now: Date): DemoActivity[] {
  const { dates } = bbqDates(now);
  const inDays = (days: number, hourUtc: number) => {
    const d = new Date(now.getTime() + days * DAY);
    d.setUTCHours(hourUtc, 0, 0, 0);
    return d;
  };
  return [
    { title: "BBQ in Vrieheide", description: BBQ_TEXT, wijk: "Vrieheide-De Stack", address: "Grasveld Stackstraat, Heerlen", startsAt: dates[0]!, hours: 3, places: 80, signups: [4, 2, 5, 3, 1, 6], bbq: true },
    { title: "BBQ in Hoensbroek-De Dem", description: BBQ_TEXT, wijk: "Hoensbroek-De Dem", address: "Speeltuin De Dem, Hoensbroek", startsAt: dates[1]!, hours: 3, places: 60, signups: [2, 2, 4], bbq: true },
    { title: "BBQ in Heerlerheide", description: BBQ_TEXT, wijk: "Heerlerheide-Passart", address: "Pleintje Passartweg, Heerlen", startsAt: dates[2]!, hours: 3, places: 12, signups: [6, 4, 2], waiting: [3, 2], bbq: true },
    { title: "BBQ in Meezenbroek", description: BBQ_TEXT, wijk: "Meezenbroek-Schaesbergerveld", address: "Buurthuis Meezenbroek, Heerlen", startsAt: dates[3]!, hours: 3, places: 70, signups: [3, 1], bbq: true },
    { title: "Koffie-ochtend in het buurthuis", description: "Gewoon even koffie drinken en bijpraten met de buren. De buurtwerker is er ook.", wijk: "Heksenberg", address: "Buurthuis Heksenberg, Heerlen", startsAt: inDays(5, 9), hours: 2, places: 25, signups: [1, 2, 1] },
    { title: "Samen de moestuin klaarmaken", description: "Wij maken de bakken klaar voor het voorjaar. Neem handschoenen mee.", wijk: "Vrieheide-De Stack", address: "Achter de flat, Stackstraat, Heerlen", startsAt: inDays(12, 10), hours: 3, places: 15, signups: [2, 1, 3], initiativeIndex: 0 },
    { title: "Kerstmarkt van de buurt", description: "Kraampjes van buren, warme chocolademelk en een koor.", wijk: "Mariarade", address: "Plein Mariarade, Hoensbroek", startsAt: inDays(26, 14), hours: 4, places: 150, signups: [4, 5, 2, 2] },
    { title: "Opruimactie in het park", description: "Samen het park schoon maken.", wijk: "Meezenbroek-Schaesbergerveld", address: "Park Meezenbroek, Heerlen", startsAt: inDays(-30, 9), hours: 3, places: 40, signups: [2, 1, 3, 1, 2, 1, 4, 2], walkIns: 5, initiativeIndex: 6 },
    { title: "Spelmiddag voor kinderen", description: "Spelletjes en limonade op het plein.", wijk: "De Hei", address: "Plein De Hei, Heerlen", startsAt: inDays(-14, 13), hours: 3, places: 30, signups: [3, 2, 2, 4, 1], walkIns: 3 },
    { title: "Klusmiddag: lampen en kranen", description: "Wij helpen buren met kleine klussen. Neem mee wat kapot is.", wijk: "Heksenberg", address: "Buurthuis Heksenberg, Heerlen", startsAt: inDays(9, 13), hours: 3, places: 12, signups: [1, 2], initiativeIndex: 4, organizer: { approval: "goedgekeurd" } },
    { title: "Eerste wandeling van de beweegclub", description: "Een rustig rondje door de wijk. Daarna koffie.", wijk: "Eikenderveld", address: "Kerkplein Eikenderveld, Heerlen", startsAt: inDays(16, 9), hours: 2, places: 20, signups: [], initiativeIndex: 8, organizer: { approval: "wacht" } },
  ];
}
