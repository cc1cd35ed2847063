/**
 * Child process for the concurrency test: backs one initiative `times` times as fast as it can,
 * through its own connection to the shared test database.
 */
import { closeDb, getDb } from "@/db/client";
import { backInitiative } from "@/lib/initiatives/commands/backing";

const [initiativeId, userId, times] = process.argv.slice(2);
for (let n = 0; n < Number(times); n++) backInitiative(getDb(), { initiativeId: Number(initiativeId), userId: userId! });
closeDb();
