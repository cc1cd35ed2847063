import fs from "node:fs";
import path from "node:path";

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");

/** Files under `dir` (from the project root, as "dir/sub/file.ts") whose name matches `name`, leaving out the folders in `skip`. */
export function filesUnder(dir: string, name: RegExp, skip: readonly string[] = []): string[] {
  return fs.readdirSync(path.join(PROJECT_ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return skip.includes(file) ? [] : filesUnder(file, name, skip);
    return name.test(entry.name) ? [file] : [];
  });
}
