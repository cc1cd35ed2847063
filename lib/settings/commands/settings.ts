import { and, eq, ne, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@/db/client";
import { slugify } from "@/db/reference-data";
import { settings, themes, wijken } from "@/db/schema";
import { recordAudit } from "@/lib/platform/audit/record";
import { AppError, FieldRefusal } from "@/lib/platform/errors";
import type { Leefgebied } from "@/lib/reference/leefgebieden";
import type { SettingsValues } from "../schema";

// Beheerder actions. Each is one IMMEDIATE transaction that also writes the audit record.

/** Saves the numbers; returns the keys that changed (nothing changed: no audit record). */
export function saveSettings(db: Db, input: { actorId: string; values: SettingsValues }): string[] {
  return db.transaction(
    (tx) => {
      const current = new Map(tx.select().from(settings).all().map((row) => [row.key, row.value]));
      const changes: Record<string, { from: string | null; to: string }> = {};
      for (const [key, value] of Object.entries(input.values)) {
        const to = String(value);
        if (current.get(key) === to) continue;
        changes[key] = { from: current.get(key) ?? null, to };
        tx.insert(settings).values({ key, value: to }).onConflictDoUpdate({ target: settings.key, set: { value: to } }).run();
      }
      const changed = Object.keys(changes);
      if (changed.length) recordAudit(tx, { actorId: input.actorId, action: "settings.changed", targetType: "settings", targetId: changed.join(","), details: changes });
      return changed;
    },
    { behavior: "immediate" },
  );
}

type Named = typeof wijken | typeof themes;

/** Names are unique regardless of capitals: "De Hei" and "de hei" would be the same wijk to people. */
function refuseTakenName(tx: DbOrTx, table: Named, name: string, id: number | undefined, what: string) {
  const clash = tx
    .select({ id: table.id })
    .from(table)
    .where(and(sql`lower(${table.name}) = lower(${name})`, id ? ne(table.id, id) : undefined))
    .get();
  if (clash) throw new FieldRefusal("name", `Er is al ${what} met deze naam. Kies een andere naam.`, "conflict");
}

/** A slug no other row has: the name's, with a number after it when needed. */
function freeSlug(tx: DbOrTx, table: Named, name: string): string {
  const base = slugify(name) || "naam";
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!tx.select({ id: table.id }).from(table).where(eq(table.slug, slug)).get()) return slug;
  }
}

/** Adds a wijk, or renames one (its slug, and everything linked to it, stays). Returns its id. */
export function saveWijk(db: Db, input: { actorId: string; wijkId?: number; name: string }): number {
  return db.transaction(
    (tx) => {
      refuseTakenName(tx, wijken, input.name, input.wijkId, "een wijk");
      if (!input.wijkId) {
        const { id } = tx.insert(wijken).values({ name: input.name, slug: freeSlug(tx, wijken, input.name) }).returning({ id: wijken.id }).get();
        recordAudit(tx, { actorId: input.actorId, action: "wijk.added", targetType: "wijk", targetId: id, details: { name: input.name } });
        return id;
      }
      const before = tx.select({ name: wijken.name }).from(wijken).where(eq(wijken.id, input.wijkId)).get();
      if (!before) throw new AppError("not_found", "Deze wijk bestaat niet (meer).");
      tx.update(wijken).set({ name: input.name }).where(eq(wijken.id, input.wijkId)).run();
      recordAudit(tx, { actorId: input.actorId, action: "wijk.renamed", targetType: "wijk", targetId: input.wijkId, details: { from: before.name, to: input.name } });
      return input.wijkId;
    },
    { behavior: "immediate" },
  );
}

/** Adds a theme, or changes the name and leefgebied of one. Returns its id. */
export function saveTheme(db: Db, input: { actorId: string; themeId?: number; name: string; leefgebied: Leefgebied }): number {
  return db.transaction(
    (tx) => {
      refuseTakenName(tx, themes, input.name, input.themeId, "een thema");
      const values = { name: input.name, leefgebied: input.leefgebied };
      if (!input.themeId) {
        const { id } = tx.insert(themes).values({ ...values, slug: freeSlug(tx, themes, input.name) }).returning({ id: themes.id }).get();
        recordAudit(tx, { actorId: input.actorId, action: "theme.added", targetType: "theme", targetId: id, details: values });
        return id;
      }
      const before = tx.select({ name: themes.name, leefgebied: themes.leefgebied }).from(themes).where(eq(themes.id, input.themeId)).get();
      if (!before) throw new AppError("not_found", "Dit thema bestaat niet (meer).");
      tx.update(themes).set(values).where(eq(themes.id, input.themeId)).run();
      recordAudit(tx, { actorId: input.actorId, action: "theme.changed", targetType: "theme", targetId: input.themeId, details: { from: before, to: values } });
      return input.themeId;
    },
    { behavior: "immediate" },
  );
}
