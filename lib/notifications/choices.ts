/** How a person wants notifications of one kind: each at once, in the Monday digest, or not at all. Browser-safe. */
export const NOTIFY_CHOICES = ["direct", "weekly", "never"] as const;
export type NotifyChoice = (typeof NOTIFY_CHOICES)[number];

export const CHOICE_LABELS: Record<NotifyChoice, string> = {
  direct: "Meteen een mail",
  weekly: "Eén mail per week (maandagochtend)",
  never: "Geen mail",
};
