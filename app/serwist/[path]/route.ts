import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createSerwistRoute } from "@serwist/turbopack";

/**
 * Serves the service worker (/serwist/sw.js), bundled from app/sw.ts by Serwist at build time with the list of
 * built files to precache. The offline page is precached too, under a revision that changes with each release
 * (the commit when there is one), so a new release replaces the old copy.
 */
const revision =
  process.env.VERCEL_GIT_COMMIT_SHA ?? (spawnSync("git", ["rev-parse", "HEAD"], { encoding: "utf-8" }).stdout?.trim() || randomUUID());

export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: "app/sw.ts",
  useNativeEsbuild: true,
  // With the default list: the built scripts and styles (.next/static) and public/ (the icons).
  additionalPrecacheEntries: [{ url: "/offline", revision }],
});
