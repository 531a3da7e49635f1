// Prints the first-load JavaScript of each page of the last `next build` (raw and gzip), from the per-route
// chunk lists Turbopack writes (Next 16 no longer prints sizes). Usage: npm run build && npm run bench:first-load
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const statsFile = ".next/diagnostics/route-bundle-stats.json";
if (!existsSync(statsFile)) {
  console.error(`${statsFile} is missing: run \`npm run build\` first`);
  process.exit(1);
}
const routes = JSON.parse(readFileSync(statsFile, "utf8"));
const kb = (bytes) => Math.round(bytes / 102.4) / 10;
const rows = routes
  .filter((r) => !r.route.startsWith("/api") && !r.route.startsWith("/_"))
  .map((r) => {
    const gzip = r.firstLoadChunkPaths.reduce((sum, p) => sum + gzipSync(readFileSync(p)).length, 0);
    return { route: r.route, rawKB: kb(r.firstLoadUncompressedJsBytes), gzipKB: kb(gzip), chunks: r.firstLoadChunkPaths.length };
  });
console.log(JSON.stringify({ firstLoadJs: rows }, null, 2));
for (const r of rows) console.log(`${r.route.padEnd(24)} ${String(r.gzipKB).padStart(7)} kB gzip  (${r.rawKB} kB raw, ${r.chunks} chunks)`);
