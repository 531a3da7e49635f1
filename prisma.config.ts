import { existsSync } from "node:fs";
import { defineConfig } from "prisma/config";

// Prisma 7's CLI downloads a native schema engine on every command. Offline machines (a booth laptop, CI)
// cannot, so: authoring migrations uses the WebAssembly bridge in ../shared/tools when it is present
// (a developer's checkout), and everything else (`prisma generate` on install) only needs the variable to
// name an existing file, which generate never runs. Vercel and other online machines keep the stock engine.
const bridge = "../shared/tools/prisma-schema-engine.mjs";
if (!process.env.VERCEL && !process.env.PRISMA_SCHEMA_ENGINE_BINARY) {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = existsSync(bridge) ? bridge : "package.json";
}
process.env.CHECKPOINT_DISABLE ??= "1";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: {
    // Migrations want a direct (unpooled) connection on Neon; the default is the embedded database folder.
    url: process.env.DATABASE_URL_UNPOOLED ?? process.env.DATABASE_URL ?? "postgresql://pglite/.pglite",
  },
});
