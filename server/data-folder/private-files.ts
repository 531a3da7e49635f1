import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Where an embedded install keeps what must stay private: a folder inside its data folder, readable by this user
 * only. Inside, not beside: a file next to `.pglite` is one `git add .` away from being published (it happened),
 * while the data folder as a whole is what every operator already knows not to share.
 */

export const PRIVATE_FOLDER = "presso-private";

export function privateFolderOf(dataDir: string): string {
  return path.join(path.resolve(dataDir), PRIVATE_FOLDER);
}

export function readPrivateFile(folder: string, name: string): string | undefined {
  const file = path.join(folder, name);
  return existsSync(file) ? readFileSync(file, "utf8") : undefined;
}

/** Writes whole or not at all (a temporary file renamed over the old one), mode 0600 in a 0700 folder. */
export function writePrivateFile(folder: string, name: string, content: string): string {
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  chmodSync(folder, 0o700);
  const file = path.join(folder, name);
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, content, { mode: 0o600 });
  renameSync(temporary, file);
  return file;
}
