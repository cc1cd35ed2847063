import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import type { InitiativeStatus } from "@/db/enums";
import { initiatives } from "@/db/schema";
import { photoUrl } from "./detail";

export type EditableInitiative = {
  id: number;
  title: string;
  status: InitiativeStatus;
  photoUrl: string | null;
  values: {
    title: string;
    pitch: string;
    description: string;
    wijkId: string;
    themeId: string;
    needsHelp: boolean;
    needsPlace: boolean;
    needsMaterials: boolean;
    needsMoney: boolean;
    moneyAmount: string;
    removePhoto: boolean;
  };
};

/** The idea as its form needs it, only for its initiator; null for anyone else. */
export function getOwnInitiative(id: number, userId: string): EditableInitiative | null {
  const row = getDb().select().from(initiatives).where(eq(initiatives.id, id)).get();
  const owns = row && (row.initiatorId ? row.initiatorId === userId : row.onBehalfById === userId);
  if (!row || !owns) return null;
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    photoUrl: photoUrl(row.photoPath),
    values: {
      title: row.title,
      pitch: row.pitch,
      description: row.description,
      wijkId: String(row.wijkId),
      themeId: String(row.themeId),
      needsHelp: row.needsHelp,
      needsPlace: row.needsPlace,
      needsMaterials: row.needsMaterials,
      needsMoney: row.needsMoney,
      moneyAmount: row.moneyAmountEuros ? String(row.moneyAmountEuros) : "",
      removePhoto: false,
    },
  };
}
