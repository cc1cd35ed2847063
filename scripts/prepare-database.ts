import { openDatabase } from "../db/client";
import { seedDemoData } from "../db/seed";
import { applyAdminEmail } from "../lib/accounts/commands";

/** Migrates the database and, unless SEED_DEMO=0, adds the demo data once. */
export function prepareDatabase(file?: string): { seeded: boolean } {
  const db = openDatabase(file);
  try {
    const seeded = process.env.SEED_DEMO === "0" ? false : seedDemoData(db);
    if (process.env.ADMIN_EMAIL) applyAdminEmail(db, process.env.ADMIN_EMAIL);
    return { seeded };
  } finally {
    db.$client.close();
  }
}
