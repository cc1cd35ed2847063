import { NOTIFY_CHOICES, type NotifyChoice } from "@/db/enums";

export { NOTIFY_CHOICES, type NotifyChoice };

/** The words for each choice on /account. Browser-safe: db/enums imports nothing. */
export const CHOICE_LABELS: Record<NotifyChoice, string> = {
  direct: "Meteen een mail",
  weekly: "Eén mail per week (maandagochtend)",
  never: "Geen mail",
};
