import "server-only";
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { databasePath } from "@/db/client";
import { PHOTO_MAX_BYTES } from "./photo-rules";
import { env } from "@/lib/platform/env";

const ACCEPTED_FORMATS = new Set(["jpeg", "png", "webp"]);
const NAME = /^[a-f0-9]{32}\.webp$/;

/** Photos live next to the database, in the data folder, never in public/. */
export function photoDir(): string {
  return env().photoDir ?? path.join(path.dirname(path.resolve(/*turbopackIgnore: true*/ databasePath())), "photos");
}

export type PhotoResult = { ok: true; name: string } | { ok: false; error: string };

/** An uploaded file, or null when the field was left empty. */
export function uploadedFile(value: FormDataEntryValue | null): File | null {
  return value instanceof File && value.size > 0 ? value : null;
}

/**
 * Checks the real content (not the name or the browser's type), turns it upright, resizes it,
 * drops all metadata (GPS, camera) and stores it as WebP under a random name.
 */
export async function storePhoto(file: File): Promise<PhotoResult> {
  if (file.size > PHOTO_MAX_BYTES) return { ok: false, error: "Deze foto is te groot. Kies een foto van hoogstens 5 MB." };
  const wrongType = "Dit bestand kunnen wij niet gebruiken. Kies een foto (JPEG, PNG of WebP).";
  try {
    const input = Buffer.from(await file.arrayBuffer());
    const { format } = await sharp(input).metadata();
    if (!format || !ACCEPTED_FORMATS.has(format)) return { ok: false, error: wrongType };
    const output = await sharp(input, { limitInputPixels: 50_000_000 })
      .rotate()
      .resize({ width: 1200, height: 1200, fit: "inside", withoutEnlargement: true })
      .webp({ quality: 78 })
      .toBuffer();
    const name = `${crypto.randomBytes(16).toString("hex")}.webp`;
    await fs.mkdir(photoDir(), { recursive: true });
    await fs.writeFile(path.join(photoDir(), name), output);
    return { ok: true, name };
  } catch {
    return { ok: false, error: wrongType };
  }
}

/** The stored bytes of a photo, or null for a name that is not ours. */
export async function readPhoto(name: string): Promise<Buffer | null> {
  if (!NAME.test(name)) return null;
  return fs.readFile(path.join(photoDir(), name)).catch(() => null);
}

export async function deletePhoto(name: string | null): Promise<void> {
  if (name && NAME.test(name)) await fs.rm(path.join(photoDir(), name), { force: true });
}
