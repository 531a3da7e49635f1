import { fileURLToPath } from "node:url";
import { ESLint, type Linter } from "eslint";
import { describe, expect, it } from "vitest";

/**
 * The import rules of eslint.config.mjs fire: each snippet is linted as if it were the named file, so a rule that
 * stops matching (a renamed folder, a broken pattern) fails here instead of letting the arrows rot silently.
 */

const cwd = fileURLToPath(new URL("./", import.meta.url));
const eslint = new ESLint({ cwd });
// Loaded by URL: the config is plain JavaScript with no type declarations.
const { groundFloorRule } = (await import(new URL("./eslint.config.mjs", import.meta.url).href)) as { groundFloorRule: Linter.Config };

async function importErrors(filePath: string, code: string, linter = eslint): Promise<string[]> {
  const [result] = await linter.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId?.endsWith("no-restricted-imports")).map((m) => m.message);
}

describe("the import rules", () => {
  it("(a) stop a service from importing another service, by either spelling, and let it import its own files", async () => {
    expect(await importErrors("server/services/qr/new-verb.ts", 'export { claimOrder } from "../orders/claim-order";\n')).toEqual([
      expect.stringContaining("server/services/qr may not import another service"),
    ]);
    expect(await importErrors("server/services/qr/new-verb.ts", 'export { claimOrder } from "@/server/services/orders/claim-order";\n')).toHaveLength(1);
    expect(await importErrors("server/services/qr/new-verb.ts", 'export { returnDrink } from "./return-drink";\nexport { getConfig } from "../../config";\n')).toEqual([]);
  });

  it("(b) keep the realtime transport away from services, auth, the database client and the runtime", async () => {
    for (const source of ["../services/orders/read-order", "../auth/session", "../db/client", "../runtime", "@/server/auth/actor"]) {
      expect(await importErrors("server/realtime/new-file.ts", `import type { X } from "${source}";\nexport type Y = X;\n`), source).toHaveLength(1);
    }
    expect(await importErrors("server/realtime/new-file.ts", 'export { channels } from "./channels";\n')).toEqual([]);
  });

  it("(c) let the catalog import only zod and itself", async () => {
    expect(await importErrors("server/events/catalog.ts", 'export { getConfig } from "../config";\n')).toHaveLength(1);
    expect(await importErrors("server/events/define-event.ts", 'export { eventType } from "inngest";\n')).toHaveLength(1);
    expect(await importErrors("server/events/catalog.ts", 'export { z } from "zod";\nexport { defineEvent } from "./define-event";\n')).toEqual([]);
  });

  it("(d) keep the embedded executor off the app, type-only imports included, but not its tests", async () => {
    const code = 'import type { Db } from "../../server/db/client";\nexport type Port = Db;\n';
    expect(await importErrors("inngest/embedded/new-room.ts", code)).toEqual([expect.stringContaining("inngest/embedded may not import the app")]);
    expect(await importErrors("inngest/embedded/new-room.ts", 'export type { PrismaClient } from "@prisma/client";\n')).toHaveLength(1);
    expect(await importErrors("inngest/embedded/new-room.test.ts", code)).toEqual([]);
  });

  it("(e) keep server/ off inngest/ and the seed, except the composition root and test support", async () => {
    const linter = new ESLint({ cwd, overrideConfig: [groundFloorRule] });
    const code = 'export { inngest } from "../../inngest/client";\n';
    expect(await importErrors("server/trpc/routers/new-router.ts", code, linter)).toEqual([expect.stringContaining("server/ is the ground floor")]);
    expect(await importErrors("server/trpc/routers/new-router.ts", 'export { seedDemoEvent } from "@/prisma/seed/demo-event";\n', linter)).toHaveLength(1);
    expect(await importErrors("server/boot/new-wiring.ts", 'export { inngest } from "../../inngest/client";\n', linter)).toEqual([]);
  });

  it("(f) hand the app's functions their dependencies instead of letting them reach for the runtime", async () => {
    const code = 'export { getDb } from "../../../server/boot/runtime";\n';
    expect(await importErrors("inngest/functions/orders/new-function.ts", code)).toEqual([expect.stringContaining("never from server/boot")]);
    expect(await importErrors("inngest/functions/orders/new-function.ts", 'export { getRuntime } from "@/server/boot/runtime";\n')).toHaveLength(1);
    expect(await importErrors("inngest/functions/orders/new-function.test.ts", code)).toEqual([]);
  });
});

describe("the hard-coded text rule", () => {
  async function textErrors(filePath: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath });
    return (result?.messages ?? []).filter((m) => m.ruleId === "presso/no-hard-coded-text").map((m) => m.message);
  }

  it("(g) fails on JSX text with a letter and on words written into spoken props, on the translated screens", async () => {
    const file = "app/e/[slug]/barista/new-part.tsx";
    expect(await textErrors(file, "export const A = () => <p>Store closed</p>;\n")).toEqual([expect.stringContaining('Hard-coded text "Store closed"')]);
    for (const prop of ['aria-label="Menu"', 'title="Ready"', 'placeholder="Your words"', 'alt={"QR code"}', "label={`Station ${1}`}"]) {
      expect(await textErrors(file, `export const A = () => <X ${prop} />;\n`), prop).toHaveLength(1);
    }
    expect(await textErrors("app/e/[slug]/display/new-part.tsx", "export const A = () => <h2>Preparing</h2>;\n")).toHaveLength(1);
    expect(await textErrors("app/top-bar.tsx", "export const A = () => <span>Sign in</span>;\n")).toHaveLength(1);
    expect(await textErrors("app/offline/page.tsx", "export const A = () => <h1>You are offline</h1>;\n")).toHaveLength(1);
  });

  it("(g) lets numbers, punctuation, translated words and other props through, and leaves other folders alone", async () => {
    const file = "app/e/[slug]/barista/new-part.tsx";
    const code = 'export const A = ({ t, n }: { t: (k: string) => string; n: number }) => <p aria-label={t("order")} className="card" data-state="READY">#{n} · {t("ready")} 12:05 +3</p>;\n';
    expect(await textErrors(file, code)).toEqual([]);
    expect(await textErrors("app/e/[slug]/barista/new-part.test.tsx", "export const A = () => <p>Store closed</p>;\n")).toEqual([]);
    expect(await textErrors("app/admin/new-page.tsx", "export const A = () => <p>Events</p>;\n")).toEqual([]);
  });
});
