import type { Db } from "@/db/client";
import { populationCounts, wijken } from "@/db/schema";
import type { AgeGroup } from "@/db/enums";
import { recordAudit } from "@/lib/platform/audit/record";
import { FieldRefusal } from "@/lib/platform/errors";

/** Replaces the population reference numbers (beheerder): all of them, with one source. */
export function savePopulation(db: Db, input: { actorId: string; source: string; counts: { wijkId: number; ageGroup: AgeGroup; count: number }[] }): void {
  db.transaction(
    (tx) => {
      const known = new Set(tx.select({ id: wijken.id }).from(wijken).all().map((w) => w.id));
      const unknown = input.counts.find((row) => !known.has(row.wijkId));
      if (unknown) throw new FieldRefusal(`n_${unknown.wijkId}_${unknown.ageGroup}`, "Deze wijk bestaat niet (meer).");
      tx.delete(populationCounts).run();
      if (input.counts.length > 0) tx.insert(populationCounts).values(input.counts.map((row) => ({ ...row, source: input.source }))).run();
      recordAudit(tx, { actorId: input.actorId, action: "population.saved", targetType: "population", targetId: 0, details: { rows: input.counts.length, source: input.source } });
    },
    { behavior: "immediate" },
  );
}
