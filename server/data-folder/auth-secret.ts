import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { ConfigError } from "../config";
import { isPublishedSecret } from "./published-secret";
import { readPrivateFile, writePrivateFile } from "./private-files";

/**
 * The secret that signs sessions. Managed deployments set NEXTAUTH_SECRET; an embedded install makes a random one
 * at first start and keeps it in its data folder's private folder, so sessions survive a restart.
 */

const FILE = "auth-secret";

export function refusePublishedSecret(secret: string, where: string): void {
  if (isPublishedSecret(secret)) {
    throw new ConfigError(
      `${where} holds the session secret that was published with Presso's source code: anyone could sign in as an ` +
        `organiser with it. Remove it; an embedded install makes a new random secret at its next start (everyone signs in again).`,
    );
  }
}

/**
 * The embedded install's secret: read from `<private folder>/auth-secret`, or moved in from where older versions
 * kept it (`<data folder>.auth-secret`, beside the folder), or made at random.
 */
export function embeddedAuthSecret(dataDir: string, privateFolder: string): string {
  const kept = readPrivateFile(privateFolder, FILE)?.trim();
  if (kept) {
    refusePublishedSecret(kept, path.join(privateFolder, FILE));
    return kept;
  }
  const legacyFile = `${path.resolve(dataDir)}.auth-secret`;
  const legacy = existsSync(legacyFile) ? readFileSync(legacyFile, "utf8").trim() : undefined;
  if (legacy) refusePublishedSecret(legacy, legacyFile);
  const secret = legacy || randomBytes(32).toString("hex");
  writePrivateFile(privateFolder, FILE, secret);
  // Moved, not copied: a secret beside the data folder is one `git add .` away from being published.
  if (legacy) rmSync(legacyFile, { force: true });
  return secret;
}
