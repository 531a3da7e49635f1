/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // PGlite loads its WebAssembly and data files relative to its own module, and pg and bcryptjs are
  // plain Node packages: keep them out of the server bundle.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg", "bcryptjs"],
  // The migration files are read at start-up (embedded mode): ship them with the server output.
  outputFileTracingIncludes: { "/**": ["./prisma/migrations/**/*"] },
};

export default nextConfig;
