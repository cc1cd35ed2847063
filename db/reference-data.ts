import type { BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import * as schema from "./schema";
import type { Leefgebied } from "./enums";
import { settings, themes, wijken } from "./schema";

export const WIJK_NAMES = [
  "Maria-Gewanden-Terschuren",
  "Mariarade",
  "Vrieheide-De Stack",
  "Heerlerheide-Passart",
  "Eikenderveld",
  "Zeswegen-Nieuw Husken",
  "Hoensbroek-De Dem",
  "Nieuw Lotbroek",
  "De Koumen",
  "Rennemig-Beersdal",
  "Heksenberg",
  "De Hei",
  "Meezenbroek-Schaesbergerveld",
  "Schandelen-Grasbroek",
] as const;

export const THEMES: { slug: string; name: string; leefgebied: Leefgebied }[] = [
  { slug: "wonen", name: "Wonen", leefgebied: "wonen-ruimte" },
  { slug: "werken", name: "Werken", leefgebied: "onderwijs-werk" },
  { slug: "leren", name: "Leren", leefgebied: "onderwijs-werk" },
  { slug: "veiligheid", name: "Veiligheid", leefgebied: "gezond-sociaal-veilig" },
  { slug: "gezondheid", name: "Gezondheid", leefgebied: "gezond-sociaal-veilig" },
];

export const DEFAULT_SETTINGS = {
  supportThreshold: "25",
  initiativeGoal: "150",
  // Months after an activity ends before guests' names, addresses, phones and notes are removed.
  guestDataRetentionMonths: "3",
  // The labels a participatiecoach picks from for a client's group (lib/settings/client-groups.ts).
  clientGroups: "C, D, E",
} as const;

export function slugify(name: string): string {
  return name
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/(^-|-$)/g, "");
}

/** Wijken, themes and default settings: needed by every database, demo or not. Idempotent. */
export function seedReferenceData(db: BetterSQLite3Database<typeof schema>): void {
  db.transaction((tx) => {
    for (const name of WIJK_NAMES) {
      tx.insert(wijken).values({ name, slug: slugify(name) }).onConflictDoNothing().run();
    }
    for (const theme of THEMES) {
      tx.insert(themes).values(theme).onConflictDoNothing().run();
    }
    for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) {
      tx.insert(settings).values({ key, value }).onConflictDoNothing().run();
    }
  });
}
