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

const serwist = createSerwistRoute({
  swSrc: "app/sw.ts",
  useNativeEsbuild: true,
  // With the default list: the built scripts and styles (.next/static) and public/ (the icons).
  additionalPrecacheEntries: [{ url: "/offline", revision }],
});

// Built once at `next build` and served as files. Written out with plain types: Next.js checks each export of a
// route, and the library's inferred types are deep enough to exhaust the type checker's stack.
export const dynamic = "force-static";
export const dynamicParams = false;
export const revalidate = false;
export const generateStaticParams: () => Promise<{ path: string }[]> = serwist.generateStaticParams;
export const GET: (request: Request, context: { params: Promise<{ path: string }> }) => Promise<Response> = serwist.GET;
