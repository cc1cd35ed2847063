export const ANSWER_WORKING_DAYS = 5;

/**
 * The moment `days` working days (Monday to Friday) after `from`, same time of day.
 * Public holidays are not counted out: the promise errs on the early side.
 */
export function addWorkingDays(from: Date, days: number): Date {
  const result = new Date(from);
  let left = days;
  while (left > 0) {
    result.setUTCDate(result.getUTCDate() + 1);
    const weekday = result.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return result;
}
