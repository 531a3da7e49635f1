import { createHash } from "node:crypto";

/**
 * One session secret was once committed to Presso's public repository: whoever has it can sign an organiser's
 * session. It is public forever, so no install may sign with it again. It is known here by its hash only.
 */
const PUBLISHED_SECRET_SHA256 = "dd91eac390410181a7aa957986e29c27b6bafb0616a2c5036116b6e985db608f";

export function isPublishedSecret(secret: string): boolean {
  return createHash("sha256").update(secret.trim()).digest("hex") === PUBLISHED_SECRET_SHA256;
}
