import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { projectPhases, projects } from "@/db/schema";
import { notify, projectFollowersOf } from "@/lib/notifications/commands/notify";
import { formatDay } from "../dates";
import { PHASE_LABELS, PHASE_MEANING } from "../fields";
import { standOn } from "../phases";
import { localDay } from "@/lib/platform/time";

/** A phase that began longer ago than this is recorded without a mail (a new project, or the first run). */
const NEWS_DAYS = 7;

const daysBefore = (day: string, days: number) => new Date(Date.parse(`${day}T12:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

/**
 * The scheduler's check: a project that entered a new phase tells its followers once, through the
 * notifications (kind project_phase: at once, in the Monday digest or never, by the account's
 * choice). `projects.announced_phase` remembers the phase told of, so the job may run any number
 * of times; a phase that began over a week ago is only recorded, so nobody hears stale news.
 */
export function announcePhases(db: Db, now = new Date()): number {
  const today = localDay(now);
  return db.transaction(
    (tx) => {
      const rows = tx
        .select({ id: projects.id, title: projects.title, announced: projects.announcedPhase, phase: projectPhases.phase, startsOn: projectPhases.startsOn, endsOn: projectPhases.endsOn, ask: projectPhases.ask })
        .from(projects)
        .innerJoin(projectPhases, eq(projectPhases.projectId, projects.id))
        .orderBy(asc(projects.id))
        .all();
      const byProject = new Map<number, typeof rows>();
      for (const row of rows) byProject.set(row.id, [...(byProject.get(row.id) ?? []), row]);
      let told = 0;
      for (const [projectId, phases] of byProject) {
        const stand = standOn(phases, today);
        if (stand.kind !== "fase" || stand.phase === phases[0]!.announced) continue;
        const current = phases.find((phase) => phase.phase === stand.phase)!;
        tx.update(projects).set({ announcedPhase: stand.phase }).where(eq(projects.id, projectId)).run();
        if (current.startsOn < daysBefore(today, NEWS_DAYS)) continue;
        told += notify(tx, {
          kind: "project_phase",
          eventKey: `project-phase:${projectId}:${current.phase}`,
          initiativeId: null,
          projectId,
          payload: { title: phases[0]!.title, phase: PHASE_LABELS[current.phase], meaning: PHASE_MEANING[current.phase], until: formatDay(current.endsOn), ask: current.ask },
          audience: projectFollowersOf(projectId),
          now,
        });
      }
      return told;
    },
    { behavior: "immediate" },
  );
}
