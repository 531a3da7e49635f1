/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // PGlite loads its WebAssembly and data files relative to its own module, and pg and bcryptjs are
  // plain Node packages: keep them out of the server bundle.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg", "bcryptjs"],
  // Read from disk at start-up in embedded mode, outside the bundle: the migration files, and the script of the
  // database's own thread. Ship them with the server output.
  outputFileTracingIncludes: { "/**": ["./prisma/migrations/**/*", "./server/db/pglite-thread/thread.mjs"] },
};

export default nextConfig;
