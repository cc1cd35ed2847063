/**
 * `npm start`: builds when the sources are newer than the last build, migrates and seeds the
 * database, then serves the app. A newcomer needs no configuration at all.
 */
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { readEnv } from "../lib/platform/env";
import { buildIfNeeded, SERVER_ARGS } from "./build-if-needed";
import { prepareDatabase } from "./prepare-database";

const root = process.cwd();
const dev = process.argv.includes("--dev");
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");

const port = process.env.PORT ?? "3000";
process.env.NEXT_TELEMETRY_DISABLED = "1";
// Links in mails (sign-in links too) use this address, never the Host a request claims.
if (!process.env.AUTH_URL) {
  process.env.AUTH_URL = `http://localhost:${port}`;
  console.log(`Links in mails gaan naar ${process.env.AUTH_URL}. Draait de site op een eigen adres? Zet dan AUTH_URL (zie README).`);
}
process.env.AUTH_SECRET ??= developmentSecret();
// Every setting checked before the build: a wrong one stops here, with its name.
try {
  readEnv(process.env);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

function developmentSecret(): string {
  const file = path.join(root, "data", ".auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
    console.log("Nieuwe AUTH_SECRET gemaakt in data/.auth-secret");
  }
  return fs.readFileSync(file, "utf8").trim();
}

if (!dev) buildIfNeeded(nextBin);
const { seeded } = prepareDatabase();
if (seeded) console.log("Demodata toegevoegd. Log in met bijvoorbeeld bewoner@demo.example.org.");

// Production runs scripts/serve.ts: Next behind the page cache for visitors.
const command = dev ? [nextBin, "dev", "-p", port] : SERVER_ARGS;
const server = spawn(process.execPath, command, { stdio: "inherit", env: { ...process.env, PORT: port } });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
