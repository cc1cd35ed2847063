import { and, asc, eq, isNull, lte, ne } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { monitorRounds, monitorSurveys, users, wijken } from "@/db/schema";
import type { AgeGroup } from "@/db/enums";
import { recordAudit } from "@/lib/platform/audit/record";
import { AppError } from "@/lib/platform/errors";
import { formatDate } from "@/lib/platform/format";
import { enqueueMail } from "@/lib/platform/mail/outbox";
import { fromLocalInput } from "@/lib/platform/time";
import { isAnonymousKey } from "@/lib/privacy/commands/anonymise";
import { issueUnsubscribe } from "@/lib/notifications/commands/unsubscribe";
import { enterPaperResponse } from "@/lib/surveys/commands/answer";
import { appendQuestion, createSurvey, setSurveyWindow } from "@/lib/surveys/commands/questions";
import { loadSurvey } from "@/lib/surveys/queries/survey";
import { monitorMail } from "../mails";
import { MONITOR_QUESTIONS } from "../questions";

const DAY_MS = 24 * 60 * 60 * 1000;

/** From the first day 0:00 to the day after the last, on Heerlen's calendar. */
export function monitorWindow(opensOn: string, closesOn: string): { opensAt: Date; closesAt: Date } {
  return { opensAt: fromLocalInput(`${opensOn}T00:00`)!, closesAt: new Date(fromLocalInput(`${closesOn}T00:00`)!.getTime() + DAY_MS) };
}

/**
 * The beheerder sets (or moves) the dates of one year's buurtmonitor. The first time, every wijk
 * gets its own survey with the same statements; later only the window moves.
 */
export function setMonitorRound(db: Db, input: { actorId: string; year: number; opensOn: string; closesOn: string }): void {
  const window = monitorWindow(input.opensOn, input.closesOn);
  db.transaction(
    (tx) => {
      const existing = tx.select({ year: monitorRounds.year }).from(monitorRounds).where(eq(monitorRounds.year, input.year)).get();
      if (existing) {
        tx.update(monitorRounds).set(window).where(eq(monitorRounds.year, input.year)).run();
        for (const { surveyId } of surveysOfYear(tx, input.year)) setSurveyWindow(tx, surveyId, window);
      } else {
        tx.insert(monitorRounds).values({ year: input.year, ...window }).run();
        for (const wijk of tx.select({ id: wijken.id, name: wijken.name }).from(wijken).orderBy(asc(wijken.name)).all()) {
          const surveyId = createSurvey(tx, { kind: "monitor", id: input.year }, { title: `Buurtmonitor ${input.year}, ${wijk.name}`, ...window, asksProfile: true });
          for (const question of MONITOR_QUESTIONS) appendQuestion(tx, surveyId, question);
          tx.insert(monitorSurveys).values({ year: input.year, wijkId: wijk.id, surveyId }).run();
        }
      }
      recordAudit(tx, { actorId: input.actorId, action: "monitor.round_set", targetType: "monitor", targetId: input.year, details: { opensOn: input.opensOn, closesOn: input.closesOn } });
    },
    { behavior: "immediate" },
  );
}

export function surveysOfYear(tx: DbOrTx, year: number): { wijkId: number; surveyId: number }[] {
  return tx.select({ wijkId: monitorSurveys.wijkId, surveyId: monitorSurveys.surveyId }).from(monitorSurveys).where(eq(monitorSurveys.year, year)).all();
}

/** A paper monitor form, typed in by the buurtwerker who collected it; marked as paper and audited. */
export function enterMonitorPaper(
  db: Db,
  input: { actorId: string; year: number; wijkId: number; posted: Record<string, string[]>; ageGroup?: AgeGroup; now?: Date },
): void {
  db.transaction(
    (tx) => {
      const row = tx
        .select({ surveyId: monitorSurveys.surveyId })
        .from(monitorSurveys)
        .where(and(eq(monitorSurveys.year, input.year), eq(monitorSurveys.wijkId, input.wijkId)))
        .get();
      const survey = row ? loadSurvey(tx, row.surveyId) : null;
      if (!survey) throw new AppError("not_found", "Deze buurtmonitor bestaat niet.");
      enterPaperResponse(tx, { actorId: input.actorId, survey, posted: input.posted, profile: { ageGroup: input.ageGroup }, now: input.now ?? new Date() });
    },
    { behavior: "immediate" },
  );
}

/**
 * Once the year's monitor is open, one mail to every account that chose to get mail from the
 * platform (updates not set to "never"), with an unsubscribe link; never to a blocked account.
 * Once per year (invitedAt). Returns how many mails went out.
 */
export function inviteToMonitor(db: Db, input: { now?: Date; baseUrl: string }): number {
  const now = input.now ?? new Date();
  return db.transaction(
    (tx) => {
      const round = tx
        .select()
        .from(monitorRounds)
        .where(and(lte(monitorRounds.opensAt, now), isNull(monitorRounds.invitedAt)))
        .all()
        .find((r) => r.closesAt > now);
      if (!round) return 0;
      tx.update(monitorRounds).set({ invitedAt: now }).where(eq(monitorRounds.year, round.year)).run();
      const people = tx
        .select({ id: users.id, email: users.email })
        .from(users)
        .where(and(ne(users.followMails, "never"), isNull(users.blockedAt)))
        .all()
        .filter((person) => !isAnonymousKey(person.email));
      const closes = formatDate(new Date(round.closesAt.getTime() - DAY_MS));
      for (const person of people) {
        enqueueMail(tx, monitorMail(person.email, round.year, closes, `${input.baseUrl}/buurtmonitor`, issueUnsubscribe(tx, person.id, "follow", now)));
      }
      return people.length;
    },
    { behavior: "immediate" },
  );
}
