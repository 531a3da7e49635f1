import { readdirSync } from "node:fs";
import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import { pressoPlugin } from "./scripts/lint/no-hard-coded-text.mjs";

/**
 * Import rules: the arrows of ARCHITECTURE.md, checked on every lint. A pattern matches the import as written,
 * so each names both spellings, relative ("../auth/session") and aliased ("@/server/auth/session").
 * In a flat config a later block's options for a rule replace an earlier block's, so the folder rules below use
 * `no-restricted-imports` and the ground-floor rule, which overlaps them, uses its typescript-eslint twin.
 * Type-only imports count as imports. eslint-rules.test.ts proves the rules fire.
 */
const app = String.raw`^(?:\.\.?/|@/)(?:.*/)?`;
const sourceFiles = (folder) => [`${folder}/**/*.ts`, `${folder}/**/*.tsx`];
const tests = ["**/*.test.ts", "**/*.test.tsx"];

/**
 * (a) One folder per service, and a service never imports another: they talk through events. A service's tests
 * may arrange their world with another service's verbs (an order needs an event to belong to).
 */
const services = readdirSync(new URL("./server/services/", import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const serviceRules = services.flatMap((service) =>
  // A sibling service is "../other/..." from the service's own files and "../../other/..." one folder deeper.
  [1, 2, 3].map((depth) => ({
    files: [`server/services/${service}/${"*/".repeat(depth - 1)}*.{ts,tsx}`],
    ignores: tests,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: String.raw`${app}services/(?!${service}(?:/|$))|^${"\\.\\./".repeat(depth)}(?!${service}(?:/|$)|\.\.(?:/|$))`,
              message: `server/services/${service} may not import another service: send or react to an event, or put the shared rule in server/shared.`,
            },
          ],
        },
      ],
    },
  })),
);

const importRules = [
  ...serviceRules,
  {
    // (b) The realtime room is a pure transport: who the caller is and what they own is decided elsewhere.
    files: sourceFiles("server/realtime"),
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: String.raw`${app}(?:services|auth|boot)(?:/|$)|${app}db/client$|${app}runtime$`,
              message: "server/realtime is a pure transport: it may not import services, auth, the database client or the runtime (pass what it needs in).",
            },
          ],
        },
      ],
    },
  },
  {
    // (c) The event catalog depends on nothing but zod: the engine's view of it lives in inngest/event-types.ts.
    files: ["server/events/catalog.ts", "server/events/define-event.ts", "server/events/json-schema.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: String.raw`^(?!zod$|\./(?:catalog|define-event|json-schema)$)`,
              message: "The event catalog (catalog, define-event, json-schema) imports only zod and itself.",
            },
          ],
        },
      ],
    },
  },
  {
    // (d) The embedded executor could be its own package: it reaches the database through its SQL port only.
    files: sourceFiles("inngest/embedded"),
    ignores: [...tests, "inngest/embedded/testing/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: String.raw`${app}(?:server|app|prisma)(?:/|$)|^@/|^@prisma/`,
              message: "inngest/embedded may not import the app (server/, app/, prisma/, the Prisma client), not even types: depend on its ports.",
            },
          ],
        },
      ],
    },
  },
  {
    // (f) The app's functions are handed what they use (the SDK's dependency injection, wired by server/boot).
    files: sourceFiles("inngest/functions"),
    ignores: [...tests, "inngest/functions/testing/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: String.raw`${app}(?:server/)?boot(?:/|$)`,
              message: "inngest/functions get their dependencies from the run's input (db, …), never from server/boot.",
            },
          ],
        },
      ],
    },
  },
];

/**
 * (e) server/ is the ground floor: only the composition root (server/boot) and test support may reach into
 * inngest/ or the demo seed.
 */
export const groundFloorRule = {
  files: sourceFiles("server"),
  ignores: [...tests, "server/boot/**", "server/testing/**"],
  rules: {
    "@typescript-eslint/no-restricted-imports": [
      "error",
      {
        patterns: [
          {
            regex: String.raw`${app}inngest(?:/|$)|${app}prisma/seed(?:/|$)`,
            message: "server/ is the ground floor: only server/boot (the composition root) and test support import inngest/ or prisma/seed.",
          },
        ],
      },
    ],
  },
};

/**
 * (g) Translated screens take their words from the catalogues (app/i18n/messages): no letters in JSX text or in
 * spoken props there. A folder joins this list once its screen is translated.
 * Brackets are escaped: to a glob, "[slug]" would be a set of letters.
 */
const translatedScreens = [
  String.raw`app/e/\[slug\]/barista/**/*.tsx`,
  String.raw`app/e/\[slug\]/display/**/*.tsx`,
  String.raw`app/e/\[slug\]/order/**/*.tsx`,
  String.raw`app/e/\[slug\]/orders/**/*.tsx`,
  String.raw`app/e/\[slug\]/page-gates.tsx`,
  "app/signin/**/*.tsx",
  "app/top-bar.tsx",
  "app/come-back.tsx",
  "app/guest-sign-out.tsx",
  "app/offline/**/*.tsx",
];
const hardCodedTextRule = {
  files: translatedScreens,
  ignores: tests,
  plugins: { presso: pressoPlugin },
  rules: { "presso/no-hard-coded-text": "error" },
};

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: ["server/generated/**", ".next/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      // Named exports only, except where Next.js requires a default (pages, layouts, configs).
      "import/no-default-export": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  ...importRules,
  groundFloorRule,
  hardCodedTextRule,
];

export default config;
