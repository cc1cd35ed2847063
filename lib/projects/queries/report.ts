import "server-only";
import { and, count, eq, isNotNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { projectActivities, projectContacts, projectFollows, signups } from "@/db/schema";
import { publicCount, type PeopleCount } from "@/lib/stats/present";
import type { StatsTable } from "@/lib/stats/table";
import { surveyReachOf, surveyResults, type QuestionResult, type Reach } from "@/lib/surveys/queries/results";
import { responseCounts } from "@/lib/surveys/queries/survey";
import { OUTCOME_LABELS, PHASE_LABELS } from "../fields";
import { getPoll, pollCounts, pollResult, type PollResult } from "./poll";
import type { ProjectDetail } from "./projects";

export type Participation = { online: PeopleCount; papier: PeopleCount; answers: PeopleCount; votes: PeopleCount; meetings: PeopleCount; followers: PeopleCount; contacts: PeopleCount };

export type Report = {
  project: ProjectDetail;
  took: Participation;
  results: QuestionResult[];
  /** The keuze's counts per option, once the kiezen phase is over (before that the team sees only the number of votes). */
  poll: PollResult | null;
  reach: Reach;
};

/** How many left a way to reach them without an account (exact; staff see it only through publicCount, never the addresses). */
export function contactCount(projectId: number): number {
  return getDb().select({ n: count() }).from(projectContacts).where(eq(projectContacts.projectId, projectId)).get()?.n ?? 0;
}

/** The exact counts behind the report; the report shows each only through publicCount. */
export function participationCounts(project: Pick<ProjectDetail, "id" | "survey">) {
  const db = getDb();
  const answers = project.survey ? responseCounts(db, project.survey.id) : { online: 0, papier: 0 };
  const attended = db
    .select({ people: sql<number>`coalesce(sum(${signups.partySize}), 0)` })
    .from(projectActivities)
    .innerJoin(signups, and(eq(signups.activityId, projectActivities.activityId), isNotNull(signups.checkedInAt)))
    .where(eq(projectActivities.projectId, project.id))
    .get();
  const followers = db.select({ n: count() }).from(projectFollows).where(eq(projectFollows.projectId, project.id)).get();
  const poll = getPoll(project.id);
  return { ...answers, votes: poll ? pollCounts(poll).voters : 0, meetings: attended?.people ?? 0, followers: followers?.n ?? 0, contacts: contactCount(project.id) };
}

/**
 * The participatieverslag: phases, how residents were invited, how many took part, the answers per
 * question, whom the answers came from, what was done with them and the decision. Every count of
 * people is a public count ("<5", else rounded to 5): the report is meant to be published.
 */
export function participationReport(project: ProjectDetail, now = new Date()): Report {
  const exact = participationCounts(project);
  const db = getDb();
  const poll = getPoll(project.id, now);
  const closedPoll = poll?.stand === "gesloten" && poll.options.length > 0 ? poll : null;
  return {
    project,
    took: {
      online: publicCount(exact.online),
      papier: publicCount(exact.papier),
      answers: publicCount(exact.online + exact.papier),
      votes: publicCount(exact.votes),
      meetings: publicCount(exact.meetings),
      followers: publicCount(exact.followers),
      contacts: publicCount(exact.contacts),
    },
    results: project.survey ? surveyResults(db, project.survey) : [],
    poll: closedPoll ? pollResult(closedPoll) : null,
    reach: project.survey ? surveyReachOf(db, project.survey.id, project.wijkIds) : { byWijk: [], byAge: [], source: null },
  };
}

/** The report's figures as one table for the CSV: part, row, value. */
export function reportTable(report: Report): StatsTable {
  const rows: Record<string, string | number | null>[] = [];
  const add = (part: string, row: string, value: string | number) => rows.push({ part, row, value });
  for (const phase of report.project.phases) add("fase", PHASE_LABELS[phase.phase], `${phase.startsOn} tot en met ${phase.endsOn}`);
  add("uitgenodigd", "hoe", report.project.invitedHow);
  add("meegedaan", "antwoorden online", report.took.online);
  add("meegedaan", "antwoorden op papier", report.took.papier);
  add("meegedaan", "stemmen in de keuze", report.took.votes);
  add("meegedaan", "bij bijeenkomsten", report.took.meetings);
  add("meegedaan", "volgers", report.took.followers);
  add("meegedaan", "lieten een manier achter om bericht te krijgen", report.took.contacts);
  for (const result of report.results) for (const bar of result.bars) add(`vraag: ${result.question.prompt}`, bar.label, bar.count);
  if (report.poll) for (const bar of report.poll.bars) add(`keuze: ${report.poll.question.prompt}`, bar.label, bar.count);
  for (const row of report.reach.byWijk) add("bereik per wijk", row.label, row.count);
  for (const row of report.reach.byAge) add("bereik per leeftijd", row.label, row.count);
  for (const row of [...report.reach.byWijk, ...report.reach.byAge]) if (row.population !== null) add("inwoners", row.label, row.population);
  if (report.reach.source) add("inwoners", "bron", report.reach.source);
  for (const point of report.project.feedback) add("wat doen we ermee", point.topic, `${OUTCOME_LABELS[point.outcome].word}: ${point.reason}`);
  add("besluit", "besluit", report.project.decision);
  return {
    id: `participatieverslag-${report.project.id}`,
    title: `Participatieverslag ${report.project.title}`,
    columns: [{ key: "part", label: "onderdeel" }, { key: "row", label: "rij" }, { key: "value", label: "waarde" }],
    rows,
  };
}
