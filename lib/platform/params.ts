/** A route id as a positive integer, or null for anything else ("12abc", "-1", "1e3"). */
export function parseId(value: string): number | null {
  if (!/^[1-9][0-9]{0,9}$/.test(value)) return null;
  return Number(value);
}
