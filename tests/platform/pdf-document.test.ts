import { describe, expect, it } from "vitest";
import { A4, pdfDocument, wrap } from "@/lib/platform/pdf/document";

const text = (pdf: Buffer) => pdf.toString("latin1");

describe("the small PDF writer", () => {
  const pdf = pdfDocument(
    [
      { kind: "text", x: 50, y: 80, size: 20, text: "Ik deed mee (echt) \\ Geëerd – 5€", bold: true },
      { kind: "line", x1: 50, y1: 100, x2: 300, y2: 100, width: 1 },
      { kind: "box", x: 50, y: 120, width: 10, height: 10 },
    ],
    "Proef",
  );

  it("is one A4 page, with every object where the table says it is", () => {
    const file = text(pdf);
    expect(file.startsWith("%PDF-1.4\n")).toBe(true);
    expect(file.trimEnd().endsWith("%%EOF")).toBe(true);
    expect(file.match(/\/Type \/Page\b/g)).toHaveLength(1);
    expect(file).toContain("/Count 1");
    expect(file).toContain(`/MediaBox [0 0 ${A4.width} ${A4.height}]`);
    const xrefAt = Number(file.match(/startxref\n(\d+)\n/)![1]);
    expect(file.slice(xrefAt, xrefAt + 4)).toBe("xref");
    const offsets = [...file.slice(xrefAt).matchAll(/^(\d{10}) 00000 n $/gm)].map((match) => Number(match[1]));
    expect(offsets).toHaveLength(7);
    offsets.forEach((offset, index) => expect(file.slice(offset).startsWith(`${index + 1} 0 obj\n`)).toBe(true));
    const length = Number(file.match(/<< \/Length (\d+) >>\nstream\n/)![1]);
    const start = file.indexOf("stream\n") + "stream\n".length;
    expect(file.slice(start + length, start + length + 10)).toBe("\nendstream");
  });

  it("holds the text as WinAnsi, escaped, from the top of the page; lines and boxes as paths", () => {
    const file = text(pdf);
    expect(file).toContain(`BT /F2 20 Tf 50 ${Math.round((A4.height - 80) * 100) / 100} Td (Ik deed mee \\(echt\\) \\\\ Ge\xeberd \x96 5\x80) Tj ET`);
    expect(file).toMatch(/1 w 50 [\d.]+ m 300 [\d.]+ l S/);
    expect(file).toMatch(/50 [\d.]+ 10 10 re f/);
  });

  it("wraps long text at word boundaries and cuts a word longer than a line", () => {
    const lines = wrap("Soep maken voor de buren in het buurthuis op zaterdag", 120, 12);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ")).toBe("Soep maken voor de buren in het buurthuis op zaterdag");
    expect(wrap("x".repeat(50), 60, 10).every((line) => line.length <= 11)).toBe(true);
  });
});
