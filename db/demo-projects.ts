import crypto from "node:crypto";
import type { Db } from "./client";
import { CONTACT_CONSENT } from "./consent";
import type { ProjectPhase } from "./enums";
import {
  projectActivities,
  projectContacts,
  projectFeedback,
  projectMembers,
  projectPhases,
  projectPollMarks,
  projectPollOptions,
  projectPolls,
  projectPollVoters,
  projects,
  projectWijken,
  populationCounts,
  surveyAnswers,
  surveyQuestions,
  surveyReach,
  surveyResponses,
  surveys,
  type QuestionOption,
} from "./schema";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

const DAY = 24 * 60 * 60 * 1000;
const day = (now: Date, days: number) => new Date(now.getTime() + days * DAY).toISOString().slice(0, 10);

type DemoProject = {
  title: string;
  summary: string;
  wijken: string[];
  /** Each phase's first and last day, relative to today. */
  phases: Partial<Record<ProjectPhase, [number, number, string]>>;
  /** Survey answers: [smiley, choice, several] per response, and how many came on paper. */
  answers?: { online: number; paper: number };
  feedback?: [string, "overgenomen" | "deels" | "niet", string][];
  decision?: string;
  /** The keuze of the kiezen phase: its question and options with how many votes each (made up). */
  poll?: { question: string; options: [string, number][] };
  /** Ways to reach someone without an account (project_contacts): reserved domains and made-up numbers only. */
  contacts?: string[];
  team: boolean;
};

// One project in each phase. Names and places are made up; addresses are not used.
const DEMO_PROJECTS: DemoProject[] = [
  {
    title: "Nieuw buurthuis De Stack",
    summary: "Het oude buurthuis is te klein. Er komt een nieuw buurthuis. Wij vertellen hoe het plan eruitziet.",
    wijken: ["Vrieheide-De Stack"],
    phases: { informeren: [-5, 20, "Kom naar de informatieavond en bekijk de tekeningen."], meedenken: [21, 50, "Wat wilt u doen in het nieuwe buurthuis?"] },
    team: true,
  },
  {
    title: "Het plein aan de Passartweg",
    summary: "Het plein wordt opgeknapt. Wat vindt u belangrijk: groen, spelen of zitten?",
    wijken: ["Heerlerheide-Passart", "Eikenderveld"],
    phases: { informeren: [-30, -15, "Lees wat er gaat gebeuren."], meedenken: [-14, 14, "Zeg in een minuut wat u van het plein vindt."], terugkoppelen: [30, 45, ""] },
    answers: { online: 23, paper: 6 },
    team: true,
  },
  {
    title: "Speeltuin De Dem: welk toestel?",
    summary: "Er komt een nieuw speeltoestel in de speeltuin. Bewoners kiezen mee welk toestel het wordt.",
    wijken: ["Hoensbroek-De Dem"],
    phases: { informeren: [-40, -25, ""], meedenken: [-24, -8, "Wat mist u in de speeltuin?"], kiezen: [-7, 10, "Kies mee welk toestel er komt. Met een account of met een code per sms."] },
    answers: { online: 17, paper: 3 },
    poll: { question: "Welk speeltoestel komt er?", options: [["Klimrek", 8], ["Schommel", 6], ["Draaimolen", 2]] },
    team: true,
  },
  {
    title: "Groen in Tuindorp",
    summary: "In Tuindorp komen meer bomen en bloemen. Bewoners zeiden wat zij belangrijk vinden. Nu vertellen wij wat wij ermee doen.",
    wijken: ["Maria-Gewanden-Terschuren", "Mariarade"],
    phases: { informeren: [-90, -70, ""], meedenken: [-69, -40, ""], kiezen: [-39, -11, ""], terugkoppelen: [-10, 20, "Lees wat wij met uw mening doen."], uitvoeren: [21, 200, ""] },
    answers: { online: 41, paper: 12 },
    poll: { question: "Welke bomen wilt u in de straat?", options: [["Linden", 23], ["Esdoorns", 9], ["Fruitbomen", 3]] },
    feedback: [
      ["Meer bomen in de straat", "overgenomen", "Er komen 30 nieuwe bomen. Het werk begint in het voorjaar."],
      ["Bankjes bij de speeltuin", "deels", "Er komen twee bankjes. Meer past niet zonder parkeerplaatsen weg te halen."],
      ["Een hondenuitlaatplek", "niet", "Daar is in Tuindorp geen plek voor. Er is een uitlaatplek in het park vlakbij."],
    ],
    contacts: ["bewoner.tuindorp@demo.example.org", "+31611000021", "groen.mariarade@demo.example.org"],
    team: true,
  },
  {
    title: "Woningen opknappen Hoensbroek-Noord",
    summary: "De woningen worden beter geïsoleerd. Bewoners dachten mee over de planning van het werk.",
    wijken: ["Nieuw Lotbroek"],
    phases: { informeren: [-200, -170, ""], meedenken: [-169, -140, ""], terugkoppelen: [-120, -100, ""], uitvoeren: [-90, 90, "Heeft u een vraag over het werk? Kom naar het spreekuur."] },
    answers: { online: 34, paper: 9 },
    feedback: [["Werk niet in de zomervakantie", "overgenomen", "In juli en augustus wordt niet gewerkt."]],
    decision: "Het werk gebeurt in drie delen, straat voor straat. Elk huis is ongeveer twee weken aan de beurt.",
    team: false,
  },
];

const QUESTIONS: { kind: "smiley" | "een" | "meer" | "verder"; prompt: string; options: QuestionOption[] }[] = [
  { kind: "smiley", prompt: "Hoe vindt u het nu?", options: [] },
  { kind: "een", prompt: "Wat vindt u het belangrijkst?", options: [{ picture: "🌳", label: "Groen" }, { picture: "🛝", label: "Spelen" }, { picture: "🪑", label: "Zitten" }] },
  { kind: "meer", prompt: "Wanneer komt u er?", options: [{ picture: "🌅", label: "Ochtend" }, { picture: "☀️", label: "Middag" }, { picture: "🌙", label: "Avond" }] },
  { kind: "verder", prompt: "Wilt u nog iets kwijt?", options: [] },
];

const AGES = ["18-26", "27-44", "45-66", "67+"];

/** Made-up numbers of inhabitants per wijk and age group: the demo says so as their source. */
function seedDemoPopulation(tx: Tx, wijkIds: number[]): void {
  const shares: [string, number][] = [["0-17", 18], ["18-26", 11], ["27-44", 22], ["45-66", 30], ["67+", 19]];
  for (const [n, wijkId] of wijkIds.entries()) {
    const total = 2400 + ((n * 731) % 3600);
    for (const [ageGroup, share] of shares) {
      tx.insert(populationCounts).values({ wijkId, ageGroup: ageGroup as "0-17", count: Math.round((total * share) / 100), source: "Verzonnen aantallen voor de demo (geen echte cijfers)" }).run();
    }
  }
}

/** A keuze with made-up votes. The options have no photo: the demo ships no pictures. */
function seedDemoPoll(tx: Tx, projectId: number, poll: NonNullable<DemoProject["poll"]>): void {
  const { id: pollId } = tx.insert(projectPolls).values({ projectId, question: poll.question }).returning({ id: projectPolls.id }).get();
  for (const [label, votes] of poll.options) {
    const { id: optionId } = tx.insert(projectPollOptions).values({ pollId, label }).returning({ id: projectPollOptions.id }).get();
    for (let n = 0; n < votes; n++) {
      tx.insert(projectPollVoters).values({ pollId, voterHash: crypto.randomBytes(32).toString("hex") }).run();
      tx.insert(projectPollMarks).values({ ballotId: crypto.randomInt(1, 2 ** 47), pollId, optionId }).run();
    }
  }
}

/** Demo projects, one in each phase, with a vragenlijst, made-up answers and "wat doen we ermee". */
export function seedDemoProjects(tx: Tx, now: Date, ids: { wijk: (name: string) => number; beheerder: string; team: string; meeting: number }): void {
  seedDemoPopulation(tx, [...new Set(DEMO_PROJECTS.flatMap((demo) => demo.wijken))].map(ids.wijk));
  DEMO_PROJECTS.forEach((demo, index) => {
    const { id } = tx
      .insert(projects)
      .values({ title: demo.title, summary: demo.summary, invitedHow: "Posters in de wijk, een bericht in de WhatsApp-groep van de buurt en een informatieavond.", decision: demo.decision ?? "", createdById: ids.beheerder })
      .returning({ id: projects.id })
      .get();
    tx.insert(projectWijken).values(demo.wijken.map((name) => ({ projectId: id, wijkId: ids.wijk(name) }))).run();
    for (const [phase, [from, to, ask]] of Object.entries(demo.phases) as [ProjectPhase, [number, number, string]][]) {
      tx.insert(projectPhases).values({ projectId: id, phase, startsOn: day(now, from), endsOn: day(now, to), ask }).run();
    }
    if (demo.team) tx.insert(projectMembers).values({ projectId: id, userId: ids.team }).run();
    if (index === 1) tx.insert(projectActivities).values({ projectId: id, activityId: ids.meeting }).run();
    for (const [topic, outcome, reason] of demo.feedback ?? []) tx.insert(projectFeedback).values({ projectId: id, topic, outcome, reason, sentAt: now }).run();
    for (const reach of demo.contacts ?? []) {
      const way = reach.includes("@") ? { email: reach, phone: null } : { email: null, phone: reach };
      tx.insert(projectContacts).values({ projectId: id, ...way, consentText: CONTACT_CONSENT, createdOn: day(now, -5), stopTokenHash: crypto.randomBytes(32).toString("hex") }).run();
    }
    if (demo.poll) seedDemoPoll(tx, id, demo.poll);
    const meedenken = demo.phases.meedenken;
    if (!meedenken) return;
    const survey = tx
      .insert(surveys)
      .values({ ownerKind: "project", ownerId: id, title: demo.title, opensAt: new Date(`${day(now, meedenken[0])}T00:00:00`), closesAt: new Date(`${day(now, meedenken[1] + 1)}T00:00:00`) })
      .returning({ id: surveys.id })
      .get();
    const questionIds = QUESTIONS.map((question, position) =>
      tx.insert(surveyQuestions).values({ surveyId: survey.id, position: position + 1, ...question }).returning({ id: surveyQuestions.id }).get().id,
    );
    const total = (demo.answers?.online ?? 0) + (demo.answers?.paper ?? 0);
    for (let n = 0; n < total; n++) {
      const responseId = crypto.randomInt(1, 2 ** 47);
      tx.insert(surveyResponses).values({ id: responseId, surveyId: survey.id, source: n < (demo.answers?.online ?? 0) ? "online" : "papier", day: day(now, meedenken[0] + (n % 5)) }).run();
      const values = [String((n % 5) + 1), String(n % 3 === 2 ? 1 : n % 2), n % 4 === 0 ? "0,2" : String(n % 3), ""];
      tx.insert(surveyAnswers).values(questionIds.slice(0, 3).map((questionId, q) => ({ responseId, questionId, value: values[q]! }))).run();
      if (n % 6 === 0) tx.insert(surveyAnswers).values({ responseId, questionId: questionIds[3]!, value: "Graag meer licht in de avond." }).run();
    }
    // Whom the answers came from: mostly the project's own wijk, a few did not say.
    const reach = new Map<string, number>();
    for (let n = 0; n < total; n++) {
      const key = n % 7 === 6 ? "0|" : `${ids.wijk(demo.wijken[n % demo.wijken.length]!)}|${AGES[n % AGES.length]}`;
      reach.set(key, (reach.get(key) ?? 0) + 1);
    }
    for (const [key, count] of reach) {
      const [wijkId, ageGroup] = key.split("|") as [string, string];
      tx.insert(surveyReach).values({ surveyId: survey.id, wijkId: Number(wijkId), ageGroup, count }).run();
    }
  });
}
