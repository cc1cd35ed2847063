import "server-only";
import fs from "node:fs";
import path from "node:path";

/**
 * The one font of the preview pictures, shipped with the code (DejaVu Sans, Bitstream Vera licence
 * in fonts/LICENSE-DejaVu.txt): Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic and more. next/og
 * fetches a font from Google (sending the text) or an emoji from a CDN for any character its fonts
 * lack; so a picture only ever holds characters this font has (`drawable`), and nothing is fetched.
 */
const FONT_FILE = path.join(process.cwd(), "lib", "reach", "fonts", "DejaVuSans.ttf");

let loaded: { data: ArrayBuffer; chars: Set<number> } | undefined;

function font() {
  if (!loaded) {
    const file = fs.readFileSync(FONT_FILE);
    const data = file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer;
    loaded = { data, chars: charactersOf(new DataView(data)) };
  }
  return loaded;
}

export const previewFont = () => ({ name: "DejaVu Sans", data: font().data, weight: 400 as const, style: "normal" as const });

/** The code points a TrueType font has a glyph for, from its Unicode cmap (format 4 or 12). */
function charactersOf(view: DataView): Set<number> {
  const tables = view.getUint16(4);
  let cmap = -1;
  for (let i = 0; i < tables; i++) {
    const record = 12 + i * 16;
    if (String.fromCharCode(...[0, 1, 2, 3].map((k) => view.getUint8(record + k))) === "cmap") cmap = view.getUint32(record + 8);
  }
  const chars = new Set<number>();
  if (cmap < 0) return chars;
  for (let i = 0; i < view.getUint16(cmap + 2); i++) {
    const record = cmap + 4 + i * 8;
    const [platform, encoding, sub] = [view.getUint16(record), view.getUint16(record + 2), cmap + view.getUint32(record + 4)];
    if (!(platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10)))) continue;
    const format = view.getUint16(sub);
    if (format === 12) {
      for (let g = 0; g < view.getUint32(sub + 12); g++) {
        const group = sub + 16 + g * 12;
        for (let c = view.getUint32(group); c <= view.getUint32(group + 4); c++) chars.add(c);
      }
    } else if (format === 4) {
      const segments = view.getUint16(sub + 6) / 2;
      const ends = sub + 14;
      const starts = ends + segments * 2 + 2;
      const deltas = starts + segments * 2;
      const rangeOffsets = deltas + segments * 2;
      for (let s = 0; s < segments; s++) {
        const [start, end, delta, rangeOffset] = [view.getUint16(starts + s * 2), view.getUint16(ends + s * 2), view.getInt16(deltas + s * 2), view.getUint16(rangeOffsets + s * 2)];
        for (let c = start; c <= end && c !== 0xffff; c++) {
          const glyph = rangeOffset === 0 ? (c + delta) & 0xffff : view.getUint16(rangeOffsets + s * 2 + rangeOffset + (c - start) * 2);
          if (glyph !== 0) chars.add(c);
        }
      }
    }
  }
  return chars;
}

// Emoji and their joiners, variation selectors, skin tones, flags and keycaps: drawn as nothing.
const EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}\u{FE0E}\u{FE0F}\u{200D}\u{20E3}\u{E0020}-\u{E007F}]/gu;

/** The text with only what the shipped font can draw: emoji and characters it lacks are left out. */
export function drawable(text: string): string {
  const { chars } = font();
  return [...text.replace(EMOJI, "")]
    .filter((char) => /\s/.test(char) || chars.has(char.codePointAt(0)!))
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}
