import "server-only";
import { FieldRefusal } from "@/lib/platform/errors";
import { deletePhoto, storePhoto, uploadedFile } from "@/lib/initiatives/photo";

/**
 * Stores the photos of one form field (same rules as an idea's photo: checked by content,
 * metadata dropped, random name), runs the command with their names, and removes them again when
 * the command refuses, so a refused form leaves no files behind.
 */
export async function withPhotos<T>(
  formData: FormData,
  field: string,
  max: number,
  command: (names: string[]) => T,
): Promise<T> {
  const files = formData.getAll(field).map(uploadedFile).filter((file): file is File => file !== null);
  if (files.length > max) throw new FieldRefusal(field, `Kies hoogstens ${max} foto's.`);
  const names: string[] = [];
  try {
    for (const file of files) {
      const stored = await storePhoto(file);
      if (!stored.ok) throw new FieldRefusal(field, stored.error);
      names.push(stored.name);
    }
    return command(names);
  } catch (error) {
    await Promise.all(names.map(deletePhoto));
    throw error;
  }
}
