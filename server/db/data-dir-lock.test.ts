import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { connectDatabase, type Database } from "./connect";
import { DataDirLockedError, lockDataDir } from "./data-dir-lock";

const children: ChildProcess[] = [];
let opened: Database | undefined;

afterEach(async () => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
  await opened?.close();
  opened = undefined;
});

function holdInAnotherProcess(dataDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "server/testing/hold-database.ts", dataDir], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("holding")) resolve(child);
    });
    child.once("exit", (code) => reject(new Error(`the holder exited early with ${code}`)));
  });
}

const embedded = (dataDir: string) => ({ mode: "embedded" as const, dataDir, url: `postgresql://pglite/${dataDir}` });

describe("one embedded database folder, one process", () => {
  it("refuses a second process with a message that names the holder and the way out", async () => {
    const dataDir = path.join(mkdtempSync(path.join(tmpdir(), "presso-lock-")), "db");
    const holder = await holdInAnotherProcess(dataDir);

    const error = await connectDatabase(embedded(dataDir)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataDirLockedError);
    expect((error as Error).message).toContain(`already open in another Presso process (pid ${holder.pid})`);
    expect((error as Error).message).toContain("DATABASE_URL=postgresql://pglite/");
  });

  it("takes over after the holder was killed (kill -9), with the data it wrote", async () => {
    const dataDir = path.join(mkdtempSync(path.join(tmpdir(), "presso-lock-")), "db");
    const holder = await holdInAnotherProcess(dataDir);
    const exited = new Promise((resolve) => holder.once("exit", resolve));
    holder.kill("SIGKILL");
    await exited;

    opened = await connectDatabase(embedded(dataDir));
    const rows = await opened.sql.query<{ pid: number }>("SELECT pid FROM held");
    expect(rows).toEqual([{ pid: holder.pid }]);
  });

  it("treats a lock file naming no live process as stale", () => {
    const dataDir = path.join(mkdtempSync(path.join(tmpdir(), "presso-lock-")), "db");
    writeFileSync(`${dataDir}.lock`, "999999999");
    const lock = lockDataDir(dataDir);
    lock.release();
    expect(() => lockDataDir(dataDir).release()).not.toThrow();
  });
});
