import "server-only";
import QRCode from "qrcode";
import { A4, pdfDocument, wrap, type PdfItem } from "@/lib/platform/pdf/document";
import { certificateRows } from "./certificate-rows";
import type { Certificate } from "./queries/own";

const MARGIN = 56;
const LABEL_WIDTH = 110;
const TEXT_SIZE = 14;
const LINE = 20;

/** The QR code of the check address as boxes, one per run of dark modules in a row. */
function qrBoxes(url: string, x: number, y: number, size: number): PdfItem[] {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: "M" });
  const cell = size / modules.size;
  const boxes: PdfItem[] = [];
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (!modules.get(row, col)) continue;
      let end = col;
      while (end + 1 < modules.size && modules.get(row, end + 1)) end++;
      boxes.push({ kind: "box", x: x + col * cell, y: y + row * cell, width: (end - col + 1) * cell, height: cell });
      col = end;
    }
  }
  return boxes;
}

/**
 * The "Ik deed mee" certificate as a PDF: the same facts as the printed page (components/meedoen/
 * certificate.tsx) and nothing more, with the code and the address where anyone can check it.
 */
export function certificatePdf(take: Certificate, checkUrl: string): Buffer {
  const items: PdfItem[] = [];
  let y = MARGIN + 30;
  const text = (value: string, size: number, bold = false, x = MARGIN + 20) => items.push({ kind: "text", x, y, size, text: value, bold });
  text("Burgers maken Hrl-Nrd · Heerlen-Noord", 14, true);
  y += 44;
  text("Ik deed mee", 32, true);
  y += 36;
  for (const line of wrap(take.name, A4.width - 2 * MARGIN - 40, 22)) {
    text(line, 22, true);
    y += 28;
  }
  y += 8;
  const valueX = MARGIN + 20 + LABEL_WIDTH;
  for (const [label, values] of certificateRows(take)) {
    text(label, TEXT_SIZE, true);
    for (const line of values.flatMap((value) => wrap(value, A4.width - MARGIN - 20 - valueX, TEXT_SIZE))) {
      text(line, TEXT_SIZE, false, valueX);
      y += LINE;
    }
    y += 6;
  }
  y += 10;
  items.push({ kind: "line", x1: MARGIN + 20, y1: y, x2: A4.width - MARGIN - 20, y2: y, width: 1 });
  y += 16;
  const qrSize = 110;
  items.push(...qrBoxes(checkUrl, MARGIN + 20, y, qrSize));
  const besideQr = MARGIN + 20 + qrSize + 16;
  y += 24;
  text("Is dit bewijs echt? Kijk op", 12, false, besideQr);
  for (const line of wrap(checkUrl, A4.width - MARGIN - 20 - besideQr, 12)) {
    y += 16;
    text(line, 12, false, besideQr);
  }
  y += 22;
  text(`Code: ${take.code}`, 14, true, besideQr);
  const bottom = Math.max(y + 20, MARGIN + 20 + 30 + qrSize);
  // The frame around it, as on the printed page.
  const [left, right, top] = [MARGIN, A4.width - MARGIN, MARGIN];
  for (const [x1, y1, x2, y2] of [[left, top, right, top], [right, top, right, bottom + 20], [right, bottom + 20, left, bottom + 20], [left, bottom + 20, left, top]] as const) {
    items.push({ kind: "line", x1, y1, x2, y2, width: 3 });
  }
  return pdfDocument(items, `Ik deed mee - ${take.code}`);
}
