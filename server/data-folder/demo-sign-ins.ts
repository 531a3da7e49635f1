import { randomInt } from "node:crypto";
import path from "node:path";
import type { DemoAccounts } from "../config";
import { readPrivateFile, writePrivateFile } from "./private-files";

/**
 * The demo staff's passwords. A booth laptop serves every phone on its Wi-Fi, so a password printed in a README
 * is no password: unless PRESSO_DEMO_*_PASSWORD chooses one, each install makes strong ones at first start, prints
 * them once, and keeps them in its private folder (0600) for the operator to look up.
 */

export type DemoSignIn = { email: string; password: string; source: "environment" | "made now" | "kept" };
export type DemoSignIns = { organiser: DemoSignIn; barista: DemoSignIn; file: string | undefined };

const FILE = "demo-sign-ins.txt";
// No look-alikes (0/o, 1/l/i): the operator may read it off a screen and type it on a tablet.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** 16 characters in four groups: about 79 bits, and easy to type. */
export function makeStaffPassword(): string {
  const groups = Array.from({ length: 4 }, () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(""));
  return groups.join("-");
}

function parseKept(text: string | undefined): Map<string, string> {
  const kept = new Map<string, string>();
  for (const line of (text ?? "").split("\n")) {
    const [email, password] = line.trim().split(/\s+/);
    if (email && password && !email.startsWith("#")) kept.set(email.toLowerCase(), password);
  }
  return kept;
}

/** The password this data folder keeps for a demo account, if it made one (for local tools such as the robots). */
export function keptDemoPassword(privateFolder: string, email: string): string | undefined {
  return parseKept(readPrivateFile(privateFolder, FILE)).get(email.toLowerCase());
}

/**
 * The passwords to seed with: the environment's, else the ones this data folder keeps, else new ones (written to
 * the private folder). `privateFolder` undefined (an in-memory database) makes new ones and keeps nothing.
 */
export function demoSignIns(accounts: DemoAccounts, privateFolder: string | undefined): DemoSignIns {
  const kept = parseKept(privateFolder ? readPrivateFile(privateFolder, FILE) : undefined);
  const resolve = (account: DemoAccounts["organiser"]): DemoSignIn => {
    if (account.password) return { email: account.email, password: account.password, source: "environment" };
    const known = kept.get(account.email.toLowerCase());
    return known ? { email: account.email, password: known, source: "kept" } : { email: account.email, password: makeStaffPassword(), source: "made now" };
  };
  const organiser = resolve(accounts.organiser);
  const barista = resolve(accounts.barista);
  const generated = [organiser, barista].filter((account) => account.source !== "environment");
  let file: string | undefined;
  if (privateFolder && generated.length > 0) {
    file = path.join(privateFolder, FILE);
    if (generated.some((account) => account.source === "made now")) {
      const lines = generated.map((account) => `${account.email} ${account.password}`);
      writePrivateFile(privateFolder, FILE, `# Presso's demo staff sign-ins for this data folder, made at first start. Keep private.\n${lines.join("\n")}\n`);
    }
  }
  return { organiser, barista, file };
}
