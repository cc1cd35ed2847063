/** "1 persoon steunt dit" / "7 mensen steunen dit": online and paper support together. */
export function supportersText(count: number): string {
  return count === 1 ? "1 persoon steunt dit" : `${count} mensen steunen dit`;
}
