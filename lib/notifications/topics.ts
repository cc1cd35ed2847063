import type { NotificationKind } from "@/db/enums";

/** The two choices on /account: "updates on ideas I follow" and "news for initiators and staff". */
export type Topic = "follow" | "staff";

const FOLLOWER_KINDS: readonly NotificationKind[] = ["update", "status", "activity_date", "project_feedback", "project_phase"];
/** News of a project someone follows: it belongs to a project, not an idea. */
export const PROJECT_KINDS: readonly NotificationKind[] = ["project_feedback", "project_phase"];
/** Alerts for buurtwerkers: the link goes to the staff page of the idea. */
export const STAFF_KINDS: readonly NotificationKind[] = ["submitted", "overdue", "hidden", "money_requested", "money_advised"];

export const topicOf = (kind: NotificationKind): Topic => (FOLLOWER_KINDS.includes(kind) ? "follow" : "staff");

/** The users column that holds the choice for a topic. */
export const TOPIC_COLUMN = { follow: "follow_mails", staff: "staff_mails" } as const satisfies Record<Topic, string>;
