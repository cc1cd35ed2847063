import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { Role } from "@/db/enums";
import { initiatives, initiativeStatusChanges } from "@/db/schema";
import { recordAudit } from "@/lib/platform/audit/record";
import { AppError } from "@/lib/platform/errors";
import type { OnBehalfInput, ProposalInput } from "../schema";
import { isEditableStatus } from "../status";
import { actsAsInitiator, loadInitiative } from "./shared";
import { transitionIn } from "./transition";

/** The photo of a save: a new file, "remove", or keep what is there. */
export type PhotoChange = { path: string } | "remove" | "keep";

function contentOf(input: ProposalInput) {
  return {
    title: input.title,
    pitch: input.pitch,
    description: input.description,
    wijkId: input.wijkId,
    themeId: input.themeId,
    needsHelp: input.needsHelp,
    needsPlace: input.needsPlace,
    needsMaterials: input.needsMaterials,
    needsMoney: input.needsMoney,
    moneyAmountEuros: input.needsMoney ? (input.moneyAmount ?? null) : null,
  };
}

function photoColumn(photo: PhotoChange): { photoPath?: string | null } {
  if (photo === "keep") return {};
  return { photoPath: photo === "remove" ? null : photo.path };
}

/** A resident's new idea: saved as concept, and submitted at once when they chose to. */
export function createProposal(
  db: Db,
  input: { user: { id: string; role: Role }; proposal: ProposalInput; photo: PhotoChange },
  now: Date = new Date(),
): number {
  return db.transaction(
    (tx) => {
      const { id } = tx
        .insert(initiatives)
        .values({ ...contentOf(input.proposal), ...photoColumn(input.photo), status: "concept", initiatorId: input.user.id, createdAt: now, updatedAt: now })
        .returning({ id: initiatives.id })
        .get();
      tx.insert(initiativeStatusChanges).values({ initiativeId: id, fromStatus: null, toStatus: "concept", actorId: input.user.id, createdAt: now }).run();
      if (input.proposal.intent === "submit") {
        transitionIn(tx, { actor: input.user, initiativeId: id, transition: "submit" }, now);
      }
      return id;
    },
    { behavior: "immediate" },
  );
}

/**
 * The initiator changes their idea while it is a concept or sent back, and (re)submits it when
 * they chose to. Returns the photo file that is no longer used, for the caller to delete.
 */
export function updateProposal(
  db: Db,
  input: { user: { id: string; role: Role }; initiativeId: number; proposal: ProposalInput; photo: PhotoChange },
  now: Date = new Date(),
): { replacedPhoto: string | null } {
  return db.transaction(
    (tx) => {
      const initiative = loadInitiative(tx, input.initiativeId);
      if (!actsAsInitiator(initiative, input.user.id)) throw new AppError("forbidden", "U kunt alleen uw eigen ideeën aanpassen.");
      if (!isEditableStatus(initiative.status)) {
        throw new AppError("conflict", "Dit idee kunt u nu niet meer aanpassen. Het is al ingestuurd of gepubliceerd.");
      }
      tx.update(initiatives)
        .set({ ...contentOf(input.proposal), ...photoColumn(input.photo), updatedAt: now })
        .where(and(eq(initiatives.id, initiative.id), eq(initiatives.status, initiative.status)))
        .run();
      if (input.proposal.intent === "submit") {
        const transition = initiative.status === "concept" ? "submit" : "resubmit";
        transitionIn(tx, { actor: input.user, initiativeId: initiative.id, transition }, now);
      }
      return { replacedPhoto: input.photo !== "keep" ? initiative.photoPath : null };
    },
    { behavior: "immediate" },
  );
}

/**
 * A buurtwerker registers an idea for a resident met on the street. It goes straight to the
 * queue as submitted; who registered it is kept on the idea and in the audit log.
 */
export function createOnBehalf(
  db: Db,
  input: { staff: { id: string; role: Role }; proposal: OnBehalfInput; photo: PhotoChange },
  now: Date = new Date(),
): number {
  return db.transaction(
    (tx) => {
      const { residentName, residentContact } = input.proposal;
      const { id } = tx
        .insert(initiatives)
        .values({
          ...contentOf(input.proposal),
          ...photoColumn(input.photo),
          status: "concept",
          initiatorId: null,
          onBehalfName: residentName,
          onBehalfContact: residentContact ?? null,
          onBehalfById: input.staff.id,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: initiatives.id })
        .get();
      tx.insert(initiativeStatusChanges)
        .values({ initiativeId: id, fromStatus: null, toStatus: "concept", actorId: input.staff.id, note: `Namens ${residentName}`, createdAt: now })
        .run();
      recordAudit(tx, {
        actorId: input.staff.id,
        action: "initiative.created_on_behalf",
        targetType: "initiative",
        targetId: id,
        details: { residentName, residentAgreed: true },
      });
      transitionIn(tx, { actor: input.staff, initiativeId: id, transition: "submit" }, now);
      return id;
    },
    { behavior: "immediate" },
  );
}
