/** `npm run db:restore <file>`: puts a back-up back into the live database (DATABASE_PATH). */
import { databasePath } from "../db/client";
import { restoreDatabase } from "../lib/platform/maintenance/backup";

const file = process.argv[2];
if (!file) {
  console.error("Gebruik: npm run db:restore -- data/backups/app-JJJJMMDD-UUMMSS.db");
  process.exit(2);
}
await restoreDatabase(file, databasePath());
console.log(`Teruggezet: ${file} -> ${databasePath()}`);
