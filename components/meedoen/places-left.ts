/** "Nog 2 plekken", "Vol": how many can still help. */
export function placesLeft(places: number, taken: number): string {
  const left = Math.max(0, places - taken);
  if (left === 0) return "Vol";
  return left === 1 ? "Nog 1 plek" : `Nog ${left} plekken`;
}
