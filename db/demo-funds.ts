import type { Db } from "./client";
import { budgetLines, fundAdvices, fundBudgets, fundRequests, fundPayments, fundReturns, funds, fundSpendings, grants, initiativeResults } from "./schema";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

const DAY = 24 * 60 * 60 * 1000;
const EURO = 100;

/** Two funds and ideas in every money stage: asked, advised, granted, paid, spent, returned, refused, realised with a result. */
const DEMO_MONEY: {
  title: string;
  lines?: [string, number][];
  advice?: string;
  grant?: { fund: 0 | 1; euros: number; daysAgo: number; paid?: number[]; spent?: [string, number][]; returned?: number };
  refusal?: string;
  result?: { whatHappened: string; peopleReached: number; volunteers: number; volunteerHours: number };
}[] = [
  { title: "Moestuin achter de flat", lines: [["Plantenbakken", 400], ["Aarde", 200], ["Zaden en plantjes", 150]], advice: "Goed plan. De bewoners doen veel zelf. Ik raad aan het geld te geven." },
  { title: "Buurtbankjes langs de route", lines: [["Vijf bankjes", 2500]], advice: "Navragen bij de gemeente.", refusal: "De gemeente zet hier volgend jaar zelf bankjes neer. Daarom geeft het fonds geen geld." },
  {
    title: "Speeltuin De Dem opknappen",
    lines: [["Nieuwe schommels", 2800], ["Verf en hout", 1200]],
    advice: "Veilig spelen is belangrijk. Geef een deel nu, de rest als de schommels besteld zijn.",
    grant: { fund: 0, euros: 3500, daysAgo: 40, paid: [2000], spent: [["Verf en hout", 1150.5]] },
  },
  { title: "Groene daken op de schuurtjes", lines: [["Sedum-matten", 4800], ["Gereedschap", 1200]], grant: { fund: 1, euros: 6000, daysAgo: 90, paid: [3000, 3000], spent: [["Sedum-matten", 4800]] } },
  {
    title: "Taalcafé in de bibliotheek",
    grant: { fund: 0, euros: 800, daysAgo: 180, paid: [800], spent: [["Koffie en thee voor een jaar", 450], ["Lesboeken", 200]], returned: 150 },
    result: { whatHappened: "Elke woensdag komen nu 15 mensen naar het taalcafé. Drie van hen hebben nu werk.", peopleReached: 60, volunteers: 5, volunteerHours: 240 },
  },
  {
    title: "Opruimactie in het park",
    grant: { fund: 1, euros: 300, daysAgo: 130, paid: [300], spent: [["Koffie, soep en vuilniszakken", 300]] },
    result: { whatHappened: "40 buren ruimden 60 zakken afval op. Na afloop aten wij samen soep.", peopleReached: 40, volunteers: 8, volunteerHours: 24 },
  },
  {
    title: "Computerles voor ouderen",
    result: { whatHappened: "20 ouderen kunnen nu mailen en videobellen met hun kleinkinderen.", peopleReached: 20, volunteers: 4, volunteerHours: 80 },
  },
  { title: "Voetbaltoernooi in de zomer", lines: [["Bekers en medailles", 300], ["Drinken", 200]], advice: "Vraag eerst of de sportclub het veld gratis geeft." },
];

/** Adds the demo funds and money to the demo ideas (by title); part of the one seed transaction. */
export function seedDemoFunds(tx: Tx, now: Date, ids: { initiative: (title: string) => number; beheerder: string; coach: string }): void {
  const year = now.getUTCFullYear();
  const fundIds = [
    { name: "Buurtfonds Heerlen-Noord", provider: "Gemeente Heerlen", budgets: [40_000, 50_000] },
    { name: "Fonds Samen Sterk", provider: "Weller en Rabobank", budgets: [15_000, 25_000] },
  ].map((fund) => {
    const { id } = tx.insert(funds).values({ name: fund.name, provider: fund.provider, open: true }).returning({ id: funds.id }).get();
    tx.insert(fundBudgets).values([
      { fundId: id, year: year - 1, amountCents: fund.budgets[0]! * EURO },
      { fundId: id, year, amountCents: fund.budgets[1]! * EURO },
    ]).run();
    return id;
  });
  for (const item of DEMO_MONEY) {
    const initiativeId = ids.initiative(item.title);
    for (const [whatFor, euros] of item.lines ?? []) tx.insert(budgetLines).values({ initiativeId, whatFor, amountCents: Math.round(euros * EURO) }).run();
    if (item.advice) tx.insert(fundAdvices).values({ initiativeId, authorId: ids.coach, text: item.advice, createdAt: new Date(now.getTime() - 5 * DAY) }).run();
    if (item.refusal) tx.insert(grants).values({ initiativeId, reason: item.refusal, decidedById: ids.beheerder, decidedAt: new Date(now.getTime() - 2 * DAY) }).run();
    // A budget was sent a week ago; advised two days later; decided when there is a decision.
    if (item.lines) {
      const decidedAt = item.refusal ? new Date(now.getTime() - 2 * DAY) : item.grant ? new Date(now.getTime() - item.grant.daysAgo * DAY) : null;
      const sentAt = new Date((decidedAt ?? now).getTime() - 7 * DAY);
      tx.insert(fundRequests)
        .values({
          initiativeId,
          sentAt,
          adviceDueAt: new Date(sentAt.getTime() + 7 * DAY),
          advisedAt: item.advice ? new Date(sentAt.getTime() + 2 * DAY) : null,
          decisionDueAt: item.advice ? new Date(sentAt.getTime() + 9 * DAY) : null,
          decidedAt,
        })
        .run();
    }
    const grant = item.grant;
    if (grant) {
      const decidedAt = new Date(now.getTime() - grant.daysAgo * DAY);
      const { id: grantId } = tx
        .insert(grants)
        .values({
          initiativeId,
          fundId: fundIds[grant.fund]!,
          year: decidedAt.getUTCFullYear(),
          amountCents: grant.euros * EURO,
          conditions: "Bewaar alle bonnetjes.",
          contactName: "Karin Janssen",
          contactEmail: "k.janssen@heerlen.example",
          decidedById: ids.beheerder,
          decidedAt,
        })
        .returning({ id: grants.id })
        .get();
      const after = (days: number) => new Date(decidedAt.getTime() + days * DAY);
      grant.paid?.forEach((euros, n) => tx.insert(fundPayments).values({ grantId, on: after(3 + n * 20), amountCents: euros * EURO, byId: ids.beheerder }).run());
      grant.spent?.forEach(([whatFor, euros], n) =>
        tx.insert(fundSpendings).values({ grantId, on: after(10 + n * 5), amountCents: Math.round(euros * EURO), whatFor, byId: null }).run(),
      );
      if (grant.returned) tx.insert(fundReturns).values({ grantId, on: after(30), amountCents: grant.returned * EURO, byId: null }).run();
    }
    if (item.result) tx.insert(initiativeResults).values({ initiativeId, ...item.result, photos: [], updatedAt: new Date(now.getTime() - 20 * DAY) }).run();
  }
}
