import createNextIntlPlugin from "next-intl/plugin";

/**
 * Headers every response gets, whatever the mode. The page's Content-Security-Policy (with its per-request
 * nonce) and HSTS (managed deployments only) come from proxy.ts.
 */
const everyResponse = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  // The attendee's link carries the code in its query: another site never sees more than the origin.
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // No page uses these (the phone's own camera app scans the booth's code, not a page).
  {
    key: "Permissions-Policy",
    value: [
      "camera=()",
      "microphone=()",
      "geolocation=()",
      "payment=()",
      "usb=()",
      "serial=()",
      "hid=()",
      "midi=()",
      "display-capture=()",
      "accelerometer=()",
      "gyroscope=()",
      "magnetometer=()",
      "browsing-topics=()",
    ].join(", "),
  },
  // frame-ancestors 'none' for browsers too old to read it.
  { key: "X-Frame-Options", value: "DENY" },
];

/** Route handlers answer JSON and streams; should a browser ever render one, it may run and load nothing. */
const routeHandlers = [
  { key: "Content-Security-Policy", value: "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // PGlite loads its WebAssembly and data files relative to its own module, and pg, bcryptjs and web-push are
  // plain Node packages: keep them out of the server bundle.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg", "bcryptjs", "web-push"],
  // Read from disk at start-up in embedded mode, outside the bundle: the migration files, and the script of the
  // database's own thread. Ship them with the server output.
  outputFileTracingIncludes: { "/**": ["./prisma/migrations/**/*", "./server/db/pglite-thread/thread.mjs"] },
  // The attendee's forms post to server actions (a name, a code, a drink: well under 1 kB). Next.js reads up to
  // 1 MB by default; hold them to what tRPC accepts (server/trpc/http-handler.ts: maxBodyBytes), so neither door
  // takes a body the other would refuse.
  experimental: { serverActions: { bodySizeLimit: "64kb" } },
  async headers() {
    return [
      { source: "/:path*", headers: everyResponse },
      { source: "/api/:path*", headers: routeHandlers },
    ];
  },
};

/**
 * next-intl without i18n routing: app/i18n/request.ts picks each request's language and zone (the event's, or the
 * person's choice). `precompile` compiles the catalogues' ICU messages at build time, so browsers get no ICU parser:
 * measured with `npm run bench:first-load`, next-intl adds 3.4 kB gzip to the board and the booth screen with it and
 * 12.2 kB without. It is marked experimental: should it ever misrender, dropping it costs those 8.8 kB, nothing else.
 */
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./app/i18n/request.ts",
  experimental: { messages: { path: "./app/i18n/messages", format: "json", locales: "infer", precompile: true } },
});

export default withNextIntl(nextConfig);
