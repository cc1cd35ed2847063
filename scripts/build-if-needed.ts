import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { buildSync } from "esbuild";
import { FIGURES_THREAD_BUNDLE } from "../lib/stats/figures-worker";

const root = process.cwd();

const SERVER_SOURCE = path.join("scripts", "serve.ts");
/** The production server as plain JavaScript: no TypeScript loader (and its ~60 MB) at run time. */
const SERVER_BUNDLE = path.join(root, ".next", "serve.mjs");

/**
 * How `npm start` and the benchmark run the production server. A bounded old space makes V8
 * collect sooner instead of growing towards its default of gigabytes; with at most 8 renders at
 * once (scripts/serve.ts) the live set stays well inside it. Cached pages live outside it.
 */
export const SERVER_ARGS = [`--max-old-space-size=${process.env.SERVER_HEAP_MB ?? 192}`, SERVER_BUNDLE];

const SOURCES = ["app", "components", "lib", "db", "public", "proxy.ts", "next.config.mjs", "package-lock.json", "postcss.config.mjs", SERVER_SOURCE, path.join("scripts", "serve-process.ts")];

function newestMtime(entry: string): number {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(full)
    .reduce((newest, child) => Math.max(newest, newestMtime(path.join(entry, child))), stat.mtimeMs);
}

/**
 * The warning lines of a build's output (Turbopack's "Warning: …" and "N warnings", Next's "⚠ …").
 * A clean build has none: `npm start`, the e2e run (its webServer) and the benchmark stop on one,
 * so a new warning fails CI instead of scrolling by.
 */
// A fresh checkout (as CI builds) has no .next/cache; Next says so, and it says nothing about the code.
const NOT_ABOUT_THE_CODE = /^⚠ No build cache found\b/;

export function buildWarnings(output: string): string[] {
  // Colours off: Turbopack colours its code frames.
  const plain = output.replace(/\u001b\[[0-9;]*m/g, "");
  return plain
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => /^⚠|\bwarnings?\b/i.test(line) && !NOT_ABOUT_THE_CODE.test(line));
}

/**
 * Runs `next build` and bundles the server and the figures thread (lib/stats/figures-thread.ts)
 * when no build exists or a source file is newer.
 */
export function buildIfNeeded(nextBin: string): void {
  const buildId = path.join(root, ".next", "BUILD_ID");
  const builtAt = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
  const upToDate = builtAt > Math.max(...SOURCES.map(newestMtime));
  const figuresThread = path.join(root, FIGURES_THREAD_BUNDLE);
  if (upToDate && fs.existsSync(SERVER_BUNDLE) && fs.existsSync(figuresThread)) return;
  if (!upToDate) {
    console.log("De app wordt gebouwd (eenmalig, ongeveer een minuut)…");
    const result = spawnSync(process.execPath, [nextBin, "build"], {
      stdio: ["inherit", "pipe", "pipe"],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
      maxBuffer: 64 * 1024 * 1024,
    });
    process.stdout.write(result.stdout ?? "");
    process.stderr.write(result.stderr ?? "");
    if (result.status !== 0) process.exit(result.status ?? 1);
    const warnings = buildWarnings(`${result.stdout}\n${result.stderr}`);
    if (warnings.length > 0) {
      // Not kept as a finished build: the next start builds again, and fails again until it is clean.
      fs.rmSync(buildId, { force: true });
      console.error(`De build gaf ${warnings.length} waarschuwing(en); los ze op (zie docs/operations.md, Build):\n${warnings.join("\n")}`);
      process.exit(1);
    }
  }
  // Our own modules are bundled in; packages (next, better-sqlite3) load from node_modules.
  const bundle = { bundle: true, packages: "external", platform: "node", format: "esm", target: "node20", logLevel: "warning" } as const;
  buildSync({ ...bundle, entryPoints: [SERVER_SOURCE], outfile: SERVER_BUNDLE });
  buildSync({ ...bundle, entryPoints: [path.join("lib", "stats", "figures-thread.ts")], outfile: figuresThread });
}

