/*
 * A small PDF writer for one A4 page of text, lines and filled boxes: enough for a certificate
 * with a QR code, with no library and no network. Text uses the standard Helvetica fonts every
 * reader has (nothing embedded), encoded as WinAnsi, so Dutch letters like ë and é print.
 * Coordinates are points (1/72 inch) from the top left, as on paper; PDF counts from the bottom.
 */

export const A4 = { width: 595.28, height: 841.89 } as const;

export type PdfItem =
  | { kind: "text"; x: number; y: number; size: number; text: string; bold?: boolean }
  | { kind: "line"; x1: number; y1: number; x2: number; y2: number; width: number }
  | { kind: "box"; x: number; y: number; width: number; height: number };

// WinAnsi has these outside Latin-1 (cp1252's 0x80–0x9F); all else in Latin-1 is the same byte.
const WIN_ANSI: Record<string, number> = { "€": 0x80, "‚": 0x82, "„": 0x84, "…": 0x85, "‘": 0x91, "’": 0x92, "“": 0x93, "”": 0x94, "–": 0x96, "—": 0x97 };

/** The text as a PDF string of WinAnsi bytes; a character the font lacks becomes "?". */
function pdfString(text: string): string {
  let out = "";
  for (const char of text) {
    const code = WIN_ANSI[char] ?? char.codePointAt(0)!;
    const byte = code < 0x20 || code > 0xff || (code >= 0x80 && code <= 0x9f && !(char in WIN_ANSI)) ? 0x3f : code;
    const escaped = byte === 0x28 || byte === 0x29 || byte === 0x5c ? `\\${String.fromCharCode(byte)}` : String.fromCharCode(byte);
    out += escaped;
  }
  return `(${out})`;
}

const num = (value: number) => String(Math.round(value * 100) / 100);

function operators(item: PdfItem): string {
  const flip = (y: number) => num(A4.height - y);
  if (item.kind === "text") return `BT /${item.bold ? "F2" : "F1"} ${num(item.size)} Tf ${num(item.x)} ${flip(item.y)} Td ${pdfString(item.text)} Tj ET`;
  if (item.kind === "line") return `${num(item.width)} w ${num(item.x1)} ${flip(item.y1)} m ${num(item.x2)} ${flip(item.y2)} l S`;
  return `${num(item.x)} ${flip(item.y + item.height)} ${num(item.width)} ${num(item.height)} re f`;
}

/**
 * Breaks text into lines that fit `width` points at `size`: Helvetica's letters average about
 * half the font size, a little less than the widest words, so this errs on the short side.
 */
export function wrap(text: string, width: number, size: number): string[] {
  const perLine = Math.max(10, Math.floor(width / (size * 0.52)));
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    for (let rest = word; rest.length > 0; rest = rest.slice(perLine)) {
      const piece = rest.slice(0, perLine);
      if (!line) line = piece;
      else if (line.length + 1 + piece.length <= perLine) line += ` ${piece}`;
      else {
        lines.push(line);
        line = piece;
      }
    }
  }
  return line ? [...lines, line] : lines;
}

/** One A4 page as a complete PDF file, with a title in its properties. */
export function pdfDocument(items: PdfItem[], title: string): Buffer {
  const content = items.map(operators).join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${num(A4.width)} ${num(A4.height)}] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
    `<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`,
    `<< /Title ${pdfString(title)} /Producer (Burgers maken Hrl-Nrd) >>`,
  ];
  // The binary comment line tells tools the file is binary (latin1 text above 0x7f may follow).
  let file = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(Buffer.byteLength(file, "latin1"));
    file += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(file, "latin1");
  file += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("")}`;
  file += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(file, "latin1");
}
