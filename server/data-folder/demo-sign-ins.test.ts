import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { parseConfig } from "../config";
import { demoSignIns } from "./demo-sign-ins";

let privateFolder: string;
beforeEach(() => {
  privateFolder = path.join(mkdtempSync(path.join(tmpdir(), "presso-sign-ins-")), "presso-private");
});

const accounts = () => parseConfig({}).demoAccounts!;

describe("the demo staff's passwords", () => {
  it("are no built-in default: each install makes strong ones at first start and keeps them in a private file", () => {
    const first = demoSignIns(accounts(), privateFolder);
    expect(first.organiser).toMatchObject({ email: "organiser@presso.local", source: "made now" });
    expect(first.organiser.password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    expect(first.barista.password).not.toBe(first.organiser.password);
    expect([first.organiser.password, first.barista.password]).not.toContain("presso-organiser");

    const file = first.file!;
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const text = readFileSync(file, "utf8");
    expect(text).toContain(`organiser@presso.local ${first.organiser.password}`);
    expect(text).toContain(`barista@presso.local ${first.barista.password}`);

    const again = demoSignIns(accounts(), privateFolder);
    expect(again.organiser).toEqual({ ...first.organiser, source: "kept" });
    expect(again.barista).toEqual({ ...first.barista, source: "kept" });

    const elsewhere = demoSignIns(accounts(), path.join(mkdtempSync(path.join(tmpdir(), "presso-sign-ins-")), "p"));
    expect(elsewhere.organiser.password).not.toBe(first.organiser.password);
  });

  it("take the environment's password when one is given, and keep nothing of it", () => {
    const fromEnvironment = parseConfig({ PRESSO_DEMO_BARISTA_EMAIL: "bea@booth.test", PRESSO_DEMO_BARISTA_PASSWORD: "bea-secret" }).demoAccounts!;
    const signIns = demoSignIns(fromEnvironment, privateFolder);
    expect(signIns.barista).toEqual({ email: "bea@booth.test", password: "bea-secret", source: "environment" });
    expect(readFileSync(signIns.file!, "utf8")).not.toContain("bea-secret");
  });

  it("of an in-memory database are made for that process only", () => {
    const signIns = demoSignIns(accounts(), undefined);
    expect(signIns.file).toBeUndefined();
    expect(signIns.organiser.source).toBe("made now");
  });
});
