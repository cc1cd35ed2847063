import { getDb } from "@/db/client";
import type { ProjectPhase } from "@/db/enums";
import { createProject } from "@/lib/projects/commands/projects";
import { addProjectQuestion } from "@/lib/projects/commands/survey";
import { addPollOption, savePoll } from "@/lib/projects/commands/poll";
import type { QuestionData } from "@/lib/surveys/schema";
import { localDay } from "@/lib/platform/time";

const DAY = 24 * 60 * 60 * 1000;
const dayFrom = (now: Date, days: number) => localDay(new Date(now.getTime() + days * DAY));

/** A project with the meedenken phase open now (from yesterday to next week), made by `beheerderId`. */
export function createOpenProject(beheerderId: string, now = new Date(), phases: ProjectPhase[] = ["informeren", "meedenken", "terugkoppelen"]): number {
  const offsets: Record<ProjectPhase, [number, number]> = { informeren: [-20, -2], meedenken: [-1, 7], kiezen: [8, 14], terugkoppelen: [15, 30], uitvoeren: [31, 200] };
  return createProject(getDb(), {
    actorId: beheerderId,
    data: {
      title: "Plein opknappen",
      summary: "Wij maken het plein mooier.",
      invitedHow: "Posters en WhatsApp",
      decision: "",
      wijkIds: [1],
      phases: phases.map((phase) => ({ phase, startsOn: dayFrom(now, offsets[phase][0]), endsOn: dayFrom(now, offsets[phase][1]), ask: "" })),
    },
  });
}

export const SMILEY: QuestionData = { kind: "smiley", prompt: "Hoe vindt u het plein nu?", options: "" };
export const CHOICE: QuestionData = { kind: "een", prompt: "Wat wilt u meer?", options: "🌳 Groen\n🛝 Speeltoestellen\nBankjes" };
export const MANY: QuestionData = { kind: "meer", prompt: "Wanneer komt u op het plein?", options: "Ochtend\nMiddag\nAvond" };
export const FREE: QuestionData = { kind: "verder", prompt: "Wilt u nog iets kwijt?", options: "" };

/** The project's vragenlijst with the given questions; returns the survey id and question ids. */
export function addQuestions(beheerderId: string, projectId: number, questions: QuestionData[]): { surveyId: number; questionIds: number[] } {
  const added = questions.map((question) => addProjectQuestion(getDb(), { actor: { id: beheerderId, role: "beheerder" }, projectId, question }));
  return { surveyId: added[0]!.surveyId, questionIds: added.map((a) => a.questionId) };
}

/** A project whose kiezen phase is open now (from two days ago to four days ahead), with a keuze of three options. */
export function createOpenPoll(beheerderId: string, maxChoices = 1, now = new Date()): { projectId: number; optionIds: number[] } {
  const projectId = createOpenProject(beheerderId, new Date(now.getTime() - 10 * DAY), ["meedenken", "kiezen"]);
  const actor = { id: beheerderId, role: "beheerder" as const };
  savePoll(getDb(), { actor, projectId, question: "Welk speeltoestel komt er?", maxChoices });
  const optionIds = ["Klimrek", "Schommel", "Glijbaan"].map((label, n) => addPollOption(getDb(), { actor, projectId, label, photo: `${String(n).repeat(32)}.webp` }));
  return { projectId, optionIds };
}
