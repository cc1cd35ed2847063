/**
 * Draws the site's PNG icons from app/icon.svg (run `npx tsx scripts/draw-icons.ts` after changing
 * it; the results are committed): the apple-touch icon, the home-screen icons of the web manifest
 * and favicon.ico for browsers that ask for it.
 */
import fs from "node:fs";
import sharp from "sharp";

const svg = fs.readFileSync("app/icon.svg");
const BRAND = "#0b5d3b";

const png = (size: number) => sharp(svg, { density: 300 }).resize(size, size).png().toBuffer();

/** A maskable icon keeps its drawing inside the middle 80%: phones cut the corners off as they like. */
async function maskable(size: number): Promise<Buffer> {
  const inner = Math.round(size * 0.8);
  return sharp({ create: { width: size, height: size, channels: 4, background: BRAND } })
    .composite([{ input: await png(inner), gravity: "centre" }])
    .png()
    .toBuffer();
}

/** An ICO file holding one PNG (allowed since Windows Vista; every browser reads it). */
function ico(image: Buffer, size: number): Buffer {
  const header = Buffer.alloc(22);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(1, 4);
  header.writeUInt8(size, 6);
  header.writeUInt8(size, 7);
  header.writeUInt16LE(1, 10);
  header.writeUInt16LE(32, 12);
  header.writeUInt32LE(image.length, 14);
  header.writeUInt32LE(22, 18);
  return Buffer.concat([header, image]);
}

fs.mkdirSync("public/icons", { recursive: true });
// iOS rounds the corners itself and fills transparent ones with black: a full square.
fs.writeFileSync("app/apple-icon.png", await maskable(180));
fs.writeFileSync("public/icons/icon-192.png", await png(192));
fs.writeFileSync("public/icons/icon-512.png", await png(512));
fs.writeFileSync("public/icons/maskable-512.png", await maskable(512));
fs.writeFileSync("app/favicon.ico", ico(await png(32), 32));
