import { openDatabase } from "../db/client";
import { seedDemoData } from "../db/seed";
import { applyAdminEmail } from "../lib/accounts/commands/accounts";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Demo data (with its publicly known demo accounts) only where nobody else can reach it: on a
 * machine's own address, or when asked for with SEED_DEMO=1. A site with a public AUTH_URL never
 * gets it by accident; SEED_DEMO=0 always keeps it out.
 */
export function shouldSeedDemo(env: { SEED_DEMO?: string; AUTH_URL?: string }): boolean {
  if (env.SEED_DEMO === "0") return false;
  if (env.SEED_DEMO === "1") return true;
  try {
    return LOCAL_HOSTS.has(new URL(env.AUTH_URL ?? "http://localhost").hostname);
  } catch {
    return false;
  }
}

/** Migrates the database and adds the demo data once where shouldSeedDemo allows it. */
export function prepareDatabase(file?: string): { seeded: boolean } {
  const db = openDatabase(file);
  try {
    const seeded = shouldSeedDemo({ SEED_DEMO: process.env.SEED_DEMO, AUTH_URL: process.env.AUTH_URL }) ? seedDemoData(db) : false;
    if (process.env.ADMIN_EMAIL) applyAdminEmail(db, process.env.ADMIN_EMAIL);
    return { seeded };
  } finally {
    db.$client.close();
  }
}
