import { refusal, type ActionResult } from "@/lib/forms/action-result";
import { FieldRefusal } from "@/lib/errors";

/** Runs a command; a refusal that belongs to one field comes back at that field, others pass on. */
export function atField<T>(
  values: Record<string, string>,
  command: () => T,
): { done: true; value: T } | { done: false; result: ActionResult } {
  try {
    return { done: true, value: command() };
  } catch (error) {
    if (!(error instanceof FieldRefusal)) throw error;
    return { done: false, result: refusal(error.userMessage, values, { [error.field]: [error.userMessage] }) };
  }
}
