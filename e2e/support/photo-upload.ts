import type { APIRequestContext } from "@playwright/test";
import sharp from "sharp";
import { actionIds } from "./server-actions";

/** Where the e2e server keeps uploaded photos (next to its database). */
export const PHOTO_DIR = "data/e2e/photos";

/** A proposal form sent as React sends it, with a real photo in the `photo` field. */
export async function sendWithPhoto(client: APIRequestContext, action: string, page: string, fields: Record<string, string>) {
  const photo = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#c33" } }).png().toBuffer();
  const body = new FormData();
  for (const [key, value] of Object.entries(fields)) body.append(`_1_${key}`, value);
  body.append("_1_photo", new Blob([new Uint8Array(photo)], { type: "image/png" }), "foto.png");
  body.append("0", '[null,"$K1"]');
  const response = await client.post(page, {
    multipart: body,
    headers: { "Next-Action": actionIds()[action]!, Accept: "text/x-component" },
    maxRedirects: 0,
  });
  return { status: response.status(), body: await response.text(), redirectedTo: response.headers()["x-action-redirect"] ?? null };
}
