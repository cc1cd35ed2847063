import crypto from "node:crypto";
import { asc } from "drizzle-orm";
import type { Db } from "./client";
import { FEEDBACK_QUESTIONS, MONITOR_QUESTIONS, type FixedQuestion } from "./effect-questions";
import { activities, activitySeries, monitorRounds, monitorSurveys, signups, surveyAnswers, surveyQuestions, surveyResponses, surveys, wijken } from "./schema";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

const DAY = 24 * 60 * 60 * 1000;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** A survey with the fixed questions; returns the question ids in order. */
function fixedSurvey(tx: Tx, owner: { kind: "activity" | "monitor"; id: number }, title: string, opensAt: Date, closesAt: Date, questions: FixedQuestion[], asksProfile: boolean) {
  const { id } = tx.insert(surveys).values({ ownerKind: owner.kind, ownerId: owner.id, title, opensAt, closesAt, asksProfile }).returning({ id: surveys.id }).get();
  const questionIds = questions.map((question, n) => tx.insert(surveyQuestions).values({ surveyId: id, position: n + 1, ...question }).returning({ id: surveyQuestions.id }).get().id);
  return { surveyId: id, questionIds };
}

/** One response with these answers (index-aligned with the question ids; "" is skipped). */
function respond(tx: Tx, surveyId: number, questionIds: number[], values: string[], day: Date, source: "online" | "papier" = "online") {
  const id = crypto.randomInt(1, 2 ** 47);
  tx.insert(surveyResponses).values({ id, surveyId, source, day: isoDay(day) }).run();
  const rows = questionIds.flatMap((questionId, n) => (values[n] ? [{ responseId: id, questionId, value: values[n]! }] : []));
  if (rows.length) tx.insert(surveyAnswers).values(rows).run();
}

/**
 * Last summer's BBQs with their three questions answered (8, 6 and 3: the last one shows nothing
 * on its own, the series shows all), and the buurtmonitor of the two years before and this year,
 * so the dashboard's trend shows on a fresh start. All numbers are made up.
 */
export function seedDemoEffect(tx: Tx, now: Date, ids: { wijk: (name: string) => number; bbqYear: number; coach: string }): void {
  const year = ids.bbqYear - 1;
  const series = tx.insert(activitySeries).values({ name: `BBQ-zomer ${year}` }).returning({ id: activitySeries.id }).get();
  const bbqs: [string, string, number, number][] = [
    ["Vrieheide-De Stack", "Grasveld Stackstraat, Heerlen", 8, 9],
    ["Hoensbroek-De Dem", "Speeltuin De Dem, Hoensbroek", 22, 6],
    ["Heerlerheide-Passart", "Pleintje Passartweg, Heerlen", 36, 3],
  ];
  for (const [wijk, address, dayOfSummer, answers] of bbqs) {
    const startsAt = new Date(Date.UTC(year, 7, dayOfSummer, 15));
    const endsAt = new Date(startsAt.getTime() + 3 * 60 * 60 * 1000);
    const title = `BBQ ${year} in ${wijk.split("-")[0]}`;
    const { id } = tx
      .insert(activities)
      .values({ title, description: "De BBQ van vorige zomer.", wijkId: ids.wijk(wijk), address, startsAt, endsAt, places: 60, signupDeadline: new Date(startsAt.getTime() - DAY), seriesId: series.id, createdById: ids.coach, createdAt: new Date(startsAt.getTime() - 30 * DAY) })
      .returning({ id: activities.id })
      .get();
    tx.insert(signups).values({ activityId: id, name: "Binnenloper", partySize: answers + 4, status: "bevestigd", isWalkIn: true, checkedInAt: startsAt, createdAt: startsAt }).run();
    const { surveyId, questionIds } = fixedSurvey(tx, { kind: "activity", id }, title, startsAt, new Date(endsAt.getTime() + 14 * DAY), FEEDBACK_QUESTIONS, false);
    for (let n = 0; n < answers; n++) respond(tx, surveyId, questionIds, [String(n % 4 === 3 ? 3 : 4 + (n % 2)), String(n % 3), n % 5 === 4 ? "1" : "0"], new Date(endsAt.getTime() + DAY));
  }

  const thisYear = now.getUTCFullYear();
  const allWijken = tx.select({ id: wijken.id, name: wijken.name }).from(wijken).orderBy(asc(wijken.name)).all();
  for (const [age, monitorYear] of [thisYear - 2, thisYear - 1, thisYear].entries()) {
    const current = monitorYear === thisYear;
    const opensAt = current ? new Date(now.getTime() - 10 * DAY) : new Date(Date.UTC(monitorYear, 9, 1));
    const closesAt = current ? new Date(now.getTime() + 30 * DAY) : new Date(Date.UTC(monitorYear, 10, 1));
    tx.insert(monitorRounds).values({ year: monitorYear, opensAt, closesAt, invitedAt: opensAt }).run();
    allWijken.forEach((wijk, w) => {
      const { surveyId, questionIds } = fixedSurvey(tx, { kind: "monitor", id: monitorYear }, `Buurtmonitor ${monitorYear}, ${wijk.name}`, opensAt, closesAt, MONITOR_QUESTIONS, true);
      tx.insert(monitorSurveys).values({ year: monitorYear, wijkId: wijk.id, surveyId }).run();
      // Four wijken answer well (a trend), one stays under 10 (shows none), the rest did not take part.
      const answers = w < 4 ? 14 + ((w * 5 + age * 3) % 12) : w === 4 ? 6 : 0;
      for (let n = 0; n < answers; n++) {
        // Trust grows a little each year; a few answer on paper.
        const agrees = (n * 7 + w) % 10 < 4 + age;
        const statements = [0, 1, 2, 3, 4, 5].map((s) => String(agrees ? (n + s) % 2 : 2 + ((n + s) % 3)));
        respond(tx, surveyId, questionIds, [...statements, n % 3 === 0 ? "ja" : "nee"], opensAt, n % 6 === 5 ? "papier" : "online");
      }
    });
  }
}
