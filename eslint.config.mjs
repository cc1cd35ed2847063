import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/**
 * Imports go one way: app/ -> components/ -> lib/<domain>/ -> lib/platform/ -> db/ (lib/wiring/ plugs
 * the domains into the platform and is imported only by the entry points: scripts/, tests and the
 * server). A layer may not import a layer above it, neither through "@/" nor through a relative
 * path; type-only imports count too. Cycles between folders: tests/architecture/imports.test.ts.
 */
const layerRule = (files, forbidden, message) => ({
  files,
  rules: {
    "no-restricted-imports": ["error", { patterns: [{ regex: `^(@/|(\\.\\./)+)(${forbidden.join("|")})(/|$)`, message }] }],
  },
});

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", "node_modules/**", "data/**", "drizzle/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    files: ["**/*.{js,jsx,mjs,ts,tsx}"],
    // Packages cannot import our code back: not reading them keeps the cycle check cheap.
    settings: { "import/ignore": ["node_modules"] },
    rules: { "import/no-cycle": ["error", { ignoreExternal: true }] },
  },
  {
    // Settings are read once, checked, in lib/platform/env.ts; db/client.ts reads DATABASE_PATH
    // itself (db/ imports nothing from lib/). Scripts, tests and config files set up processes.
    files: ["app/**", "components/**", "lib/**", "db/**", "proxy.ts"],
    ignores: ["lib/platform/env.ts", "db/client.ts"],
    rules: {
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read settings through env() from lib/platform/env.ts." }],
    },
  },
  layerRule(["db/**"], ["lib", "app", "components"], "db/ is the bottom layer: move what it needs into db/ (value lists go in db/enums.ts)."),
  layerRule(["lib/**"], ["app", "components"], "lib/ may not import app/ or components/: move the shared code down into lib/."),
  layerRule(["app/**", "components/**"], ["db"], "Pages and components reach the database through lib/<domain>/ (queries, commands, re-exported value lists)."),
  layerRule(["components/**"], ["app"], "components/ may not import app/: move what both need into components/ or lib/."),
  layerRule(["scripts/**", "bench/**"], ["app", "components"], "Scripts run lib/ and db/, never pages or components."),
  {
    // Resolved paths, so relative imports ("../../accounts/...") are caught like "@/lib/accounts/...".
    files: ["lib/**"],
    rules: {
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: "./lib/platform",
              from: "./lib",
              except: ["./platform"],
              message: "lib/platform/ never imports a domain: let the domain register its handler, step or page with the platform.",
            },
            {
              target: ["./lib/!(wiring)/**/*"],
              from: "./lib/wiring",
              message: "lib/wiring/ plugs the domains into the platform; only entry points (scripts/, the server, tests) import it.",
            },
          ],
        },
      ],
    },
  },
];

export default config;
