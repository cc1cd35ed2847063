import fs from "node:fs";
import { databasePath } from "../db/client";
import { prepareDatabase } from "./prepare-database";

// `npm run db:reset` starts from an empty file; `npm run db:seed` adds demo data once.
if (process.argv.includes("--reset")) {
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${databasePath()}${suffix}`, { force: true });
}
process.env.SEED_DEMO = "1";
const { seeded } = prepareDatabase();
console.log(seeded ? `Demodata toegevoegd aan ${databasePath()}` : "Demodata stond er al; niets toegevoegd.");
