// The GSM 03.38 alphabet: a message in it fits 160 characters in one segment; one character
// outside it (an ë, an emoji) makes the whole message UCS-2, 70 characters a segment.
const GSM_BASIC =
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
const GSM_EXTENDED = "^{}\\[~]|€";

export function isGsm7(text: string): boolean {
  return [...text].every((char) => GSM_BASIC.includes(char) || GSM_EXTENDED.includes(char));
}

/** Length in septets (GSM, extended characters count twice) or UTF-16 units (UCS-2). */
function units(text: string): number {
  if (!isGsm7(text)) return text.length;
  return [...text].reduce((sum, char) => sum + (GSM_EXTENDED.includes(char) ? 2 : 1), 0);
}

export function segmentLimit(text: string): number {
  return isGsm7(text) ? 160 : 70;
}

/** How many segments the message costs. */
export function segments(text: string): number {
  const length = units(text);
  const single = segmentLimit(text);
  if (length <= single) return 1;
  return Math.ceil(length / (single === 160 ? 153 : 67));
}

const ELLIPSIS = "...";

/**
 * Builds the message with the title shortened until it fits one segment, keeping at least a few
 * words of it; a title that cannot fit (or needs UCS-2) makes a longer message rather than none.
 */
export function fitTitle(title: string, build: (title: string) => string, minimum = 12): string {
  let text = build(title);
  for (let length = title.length - 1; units(text) > segmentLimit(text) && length >= minimum; length--) {
    text = build(title.slice(0, length).trimEnd() + ELLIPSIS);
  }
  return text;
}
