import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../config";
import { embeddedAuthSecret } from "./auth-secret";
import { privateFolderOf } from "./private-files";

// The value that was committed to the public repository in `.pglite.auth-secret` (public forever, hence refused).
const PUBLISHED = "1afa8ec10a12523b5a8da736a063e3c49ddc1f46dc445f97e3515ecca097bbd2";

let dataDir: string;
let privateFolder: string;
beforeEach(() => {
  dataDir = path.join(mkdtempSync(path.join(tmpdir(), "presso-secret-")), ".pglite");
  privateFolder = privateFolderOf(dataDir);
});

describe("the session secret of an embedded install", () => {
  it("is made at random at first start, inside the data folder, readable by this user only, and kept", () => {
    const first = embeddedAuthSecret(dataDir, privateFolder);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    const file = path.join(dataDir, "presso-private", "auth-secret");
    expect(readFileSync(file, "utf8")).toBe(first);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(privateFolder).mode & 0o777).toBe(0o700);
    expect(embeddedAuthSecret(dataDir, privateFolder)).toBe(first);
    // Another install's secret is its own.
    const other = path.join(mkdtempSync(path.join(tmpdir(), "presso-secret-")), ".pglite");
    expect(embeddedAuthSecret(other, privateFolderOf(other))).not.toBe(first);
  });

  it("moves a secret kept beside the data folder by an older version inside it, so sessions survive the upgrade", () => {
    const legacy = `${dataDir}.auth-secret`;
    writeFileSync(legacy, "a".repeat(64));
    expect(embeddedAuthSecret(dataDir, privateFolder)).toBe("a".repeat(64));
    expect(existsSync(legacy)).toBe(false);
    expect(embeddedAuthSecret(dataDir, privateFolder)).toBe("a".repeat(64));
  });

  it("refuses to start with the secret that was published, wherever it is found", () => {
    writeFileSync(`${dataDir}.auth-secret`, `${PUBLISHED}\n`);
    expect(() => embeddedAuthSecret(dataDir, privateFolder)).toThrow(ConfigError);
    expect(() => embeddedAuthSecret(dataDir, privateFolder)).toThrow(/published with Presso's source code/);
    expect(existsSync(path.join(privateFolder, "auth-secret"))).toBe(false);

    const copied = path.join(mkdtempSync(path.join(tmpdir(), "presso-secret-")), ".pglite");
    const copiedPrivate = privateFolderOf(copied);
    embeddedAuthSecret(copied, copiedPrivate);
    writeFileSync(path.join(copiedPrivate, "auth-secret"), PUBLISHED);
    expect(() => embeddedAuthSecret(copied, copiedPrivate)).toThrow(/published/);

    expect(() => parseConfig({ NEXTAUTH_SECRET: PUBLISHED })).toThrow(/NEXTAUTH_SECRET: is the secret that was published/);
    expect(() => parseConfig({ NEXTAUTH_SECRET: "b".repeat(64) })).not.toThrow();
  });
});
