import { PUBLIC_STATUSES, type InitiativeStatus, type Role } from "@/db/enums";
import { can } from "@/lib/platform/auth/permissions";

// Re-exported for the layers above lib/, which may not import db/ themselves.
export { PUBLIC_STATUSES };

/** Statuses in which the initiator may still change the text. */
export const EDITABLE_STATUSES = ["concept", "teruggestuurd"] as const satisfies readonly InitiativeStatus[];

export const STATUS_LABELS: Record<InitiativeStatus, string> = {
  concept: "Concept",
  ingediend: "Ingediend",
  teruggestuurd: "Teruggestuurd",
  zoekt_steun: "Zoekt steun",
  in_uitvoering: "In uitvoering",
  gerealiseerd: "Gerealiseerd",
  afgewezen: "Afgewezen",
  ingetrokken: "Ingetrokken",
};

/**
 * The lifecycle of docs/initiatives.md (Lifecycle) as data. `by` says who may do it: the initiator (owner) or staff
 * (permission initiative:moderate). `to: null` keeps the status (assigning a coach).
 * `note` says whether a message is required (send back, reject, the result of finish).
 */
export const TRANSITIONS = {
  submit: { from: ["concept"], to: "ingediend", by: "initiator", note: false },
  resubmit: { from: ["teruggestuurd"], to: "ingediend", by: "initiator", note: false },
  withdraw: { from: ["zoekt_steun"], to: "ingetrokken", by: "initiator", note: false },
  publish: { from: ["ingediend"], to: "zoekt_steun", by: "staff", note: false },
  send_back: { from: ["ingediend"], to: "teruggestuurd", by: "staff", note: true },
  reject: { from: ["ingediend"], to: "afgewezen", by: "staff", note: true },
  assign_coach: { from: ["ingediend", "teruggestuurd", "zoekt_steun", "in_uitvoering"], to: null, by: "staff", note: false },
  start: { from: ["zoekt_steun"], to: "in_uitvoering", by: "staff", note: false },
  finish: { from: ["in_uitvoering"], to: "gerealiseerd", by: "staff", note: true },
} as const satisfies Record<
  string,
  { from: readonly InitiativeStatus[]; to: InitiativeStatus | null; by: "initiator" | "staff"; note: boolean }
>;

export type Transition = keyof typeof TRANSITIONS;
export const TRANSITION_NAMES = Object.keys(TRANSITIONS) as Transition[];
export const STAFF_TRANSITIONS = TRANSITION_NAMES.filter((name) => TRANSITIONS[name].by === "staff");

export const TRANSITION_LABELS: Record<Transition, string> = {
  submit: "Insturen",
  resubmit: "Opnieuw insturen",
  withdraw: "Intrekken",
  publish: "Publiceren",
  send_back: "Terugsturen met een vraag",
  reject: "Afwijzen",
  assign_coach: "Coach kiezen",
  start: "Starten (in uitvoering)",
  finish: "Afronden (gerealiseerd)",
};

/** What the buurtwerker reads after a step. */
export const TRANSITION_DONE: Partial<Record<Transition, string>> = {
  publish: "Het idee staat nu online. De bewoner krijgt een mail.",
  send_back: "Het idee is teruggestuurd. De bewoner krijgt uw vraag per mail.",
  reject: "Het idee is afgewezen. De bewoner krijgt de reden per mail.",
  assign_coach: "De coach is gekozen. De bewoner krijgt een mail.",
  start: "Het idee is nu in uitvoering. De bewoner krijgt een mail.",
  finish: "Het idee is afgerond. De bewoner krijgt een mail.",
};

export type Actor = { role: Role; isInitiator: boolean };

export type TransitionCheck = { ok: true } | { ok: false; reason: "role" | "state" };

/** May this actor do this transition on an initiative in this status? Role first, then state. */
export function checkTransition(transition: Transition, status: InitiativeStatus, actor: Actor): TransitionCheck {
  const rule = TRANSITIONS[transition];
  const allowedActor = rule.by === "staff" ? can(actor.role, "initiative:moderate") : actor.isInitiator;
  if (!allowedActor) return { ok: false, reason: "role" };
  if (!(rule.from as readonly InitiativeStatus[]).includes(status)) return { ok: false, reason: "state" };
  return { ok: true };
}

/** The status after the transition. */
export function statusAfter(transition: Transition, status: InitiativeStatus): InitiativeStatus {
  return TRANSITIONS[transition].to ?? status;
}

export function isPublicStatus(status: InitiativeStatus): boolean {
  return (PUBLIC_STATUSES as readonly InitiativeStatus[]).includes(status);
}

export function isEditableStatus(status: InitiativeStatus): boolean {
  return (EDITABLE_STATUSES as readonly InitiativeStatus[]).includes(status);
}
