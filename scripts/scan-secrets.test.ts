import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** The secret scan CI runs over the tracked tree must be able to fail: planted secrets in a scratch repository. */

const root = path.resolve(import.meta.dirname, "..");

function scan(files: Record<string, string>) {
  const repo = mkdtempSync(path.join(tmpdir(), "presso-scan-"));
  execFileSync("git", ["init", "-q"], { cwd: repo });
  symlinkSync(path.join(root, "node_modules"), path.join(repo, "node_modules"));
  mkdirSync(path.join(repo, "scripts"));
  for (const name of ["scripts/scan-secrets.sh", ".secretlintrc.json", ".secretlintignore", ".gitignore"]) copyFileSync(path.join(root, name), path.join(repo, name));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(repo, name)), { recursive: true });
    writeFileSync(path.join(repo, name), content);
  }
  execFileSync("git", ["add", "--force", "."], { cwd: repo });
  const run = spawnSync("bash", ["scripts/scan-secrets.sh"], { cwd: repo, encoding: "utf8" });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

const pem = (kind: string, body: string) => [`-----BEGIN ${kind}-----`, ...(body.match(/.{1,64}/g) ?? []), `-----END ${kind}-----`, ""].join("\n");

describe("the secret scan of the tracked tree", () => {
  it("passes a tree of ordinary source", () => {
    const result = scan({ "server/a.ts": "export const secret = process.env.NEXTAUTH_SECRET;\n" });
    expect(result.status, result.output).toBe(0);
    expect(result.output).toMatch(/secret scan: \d+ files, nothing found/);
  });

  it.each([
    [".pglite.auth-secret", "9f2c4e6a8b0d1f3e5a7c9b1d3f5e7a9c0b2d4f6e8a1c3e5b7d9f0a2c4e6b8d0f\n"],
    [".pglite/presso-private/demo-sign-ins.txt", "organiser@presso.local abcd-efgh-jkmn-pqrs\n"],
    [".pglite.engine.json", '{"url":"http://127.0.0.1:4000/","eventKey":"x"}'],
    // Built from parts, so that this file itself passes the scan.
    ["deploy/notes.md", `NEXTAUTH_SECRET=${"3f9a0c1d2e4b5a69"}${"78c0d1e2f3a4b5c6"}\n`],
    [".env.production", "DATABASE_URL=postgresql://u@h/db\n"],
    ["config/deploy-key.pem", pem("RSA PRIVATE KEY", "MIIEowIBAAKCAQEAx5c3qz9ZbK1c2v8Qz0w1XyQmN4pT7rLs9dF3gH6jK8lM2nO4pQ5rS7tU9vW1xY3zA5bC7dE9fG1hJ3kL5mN7oP9qR1sT3uV5wX7yZ9aB1cD3eF5gH7iJ9kL1mN3oP5qR7sT9uV1wX3yZ5aB7cD9eF1gH3iJ5kL7mN9oP1qR3sT5uV7wX9yZ1aB3cD5eF7gH9iJ1kL3mN5oP7qR9sT1uV3wX5yZ7aB9cD1eF3gH5iJ7kL9mN1oP3qR5sT7uV9wX1yZ3aB5cD7eF9gH1iJ3kL5mN7oP9")],
  ])("fails when %s is tracked", (name, content) => {
    const result = scan({ "server/a.ts": "export {};\n", [name]: content });
    expect(result.status, result.output).not.toBe(0);
    expect(result.output).toContain(name);
  });
});
