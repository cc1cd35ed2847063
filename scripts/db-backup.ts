/** `npm run db:backup [-- --keep N]`: a consistent copy of the live database into data/backups/. */
import path from "node:path";
import { databasePath } from "../db/client";
import { backupDatabase, pruneBackups } from "../lib/platform/maintenance/backup";

const directory = process.env.BACKUP_DIR ?? path.join("data", "backups");
const keepIndex = process.argv.indexOf("--keep");
const file = await backupDatabase(databasePath(), directory);
console.log(`Back-up gemaakt: ${file}`);
if (keepIndex > 0) {
  const removed = pruneBackups(directory, Number(process.argv[keepIndex + 1]));
  if (removed.length) console.log(`Oude back-ups weggehaald: ${removed.join(", ")}`);
}
