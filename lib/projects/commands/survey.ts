import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { projectPhases, projects } from "@/db/schema";
import type { AgeGroup } from "@/db/enums";
import { AppError, FieldRefusal } from "@/lib/platform/errors";
import { enterPaperResponse } from "@/lib/surveys/commands/answer";
import { addQuestion, ensureSurvey, removeQuestion, surveyOf } from "@/lib/surveys/commands/questions";
import { loadSurvey, responseCounts } from "@/lib/surveys/queries/survey";
import type { QuestionData } from "@/lib/surveys/schema";
import { assertRunsProject, type Actor } from "./access";
import { meedenkenWindow } from "./projects";

// The project's vragenlijst, written in the question engine (lib/surveys/) after the project's own check.

export function addProjectQuestion(db: Db, input: { actor: Actor; projectId: number; question: QuestionData }): { surveyId: number; questionId: number } {
  return db.transaction(
    (tx) => {
      assertRunsProject(tx, input.actor, input.projectId);
      const phases = tx.select().from(projectPhases).where(eq(projectPhases.projectId, input.projectId)).all();
      const window = meedenkenWindow(phases);
      if (!window) throw new FieldRefusal("prompt", "Een vragenlijst hoort bij de fase Meedenken. Geef het project eerst die fase met datums.");
      const title = tx.select({ title: projects.title }).from(projects).where(eq(projects.id, input.projectId)).get()!.title;
      const surveyId = ensureSurvey(tx, { kind: "project", id: input.projectId }, { title, ...window });
      return { surveyId, questionId: addQuestion(tx, { actorId: input.actor.id, surveyId, question: input.question }) };
    },
    { behavior: "immediate" },
  );
}

export function removeProjectQuestion(db: Db, input: { actor: Actor; projectId: number; questionId: number }): { surveyId: number } {
  return db.transaction(
    (tx) => {
      assertRunsProject(tx, input.actor, input.projectId);
      const surveyId = surveyOf(tx, { kind: "project", id: input.projectId });
      if (!surveyId) throw new AppError("not_found", "Deze vraag bestaat niet (meer).");
      const counts = responseCounts(tx, surveyId);
      removeQuestion(tx, { actorId: input.actor.id, surveyId, questionId: input.questionId, answered: counts.online + counts.papier > 0 });
      return { surveyId };
    },
    { behavior: "immediate" },
  );
}

/** A paper form of this project's vragenlijst: a buurtwerker may enter it for any project, a team member for their own. */
export function enterProjectPaper(
  db: Db,
  input: { actor: Actor; projectId: number; posted: Record<string, string[]>; profile: { wijkId?: number; ageGroup?: AgeGroup }; now?: Date },
): void {
  db.transaction(
    (tx) => {
      if (input.actor.role === "projectteam") assertRunsProject(tx, input.actor, input.projectId);
      const surveyId = surveyOf(tx, { kind: "project", id: input.projectId });
      const survey = surveyId ? loadSurvey(tx, surveyId) : null;
      if (!survey || survey.questions.length === 0) throw new AppError("not_found", "Dit project heeft geen vragenlijst.");
      enterPaperResponse(tx, { actorId: input.actor.id, survey, posted: input.posted, profile: input.profile, now: input.now ?? new Date() });
    },
    { behavior: "immediate" },
  );
}
