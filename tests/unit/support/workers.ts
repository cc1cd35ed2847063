import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const TSX = path.resolve("node_modules/.bin/tsx");

/** Starts one worker process per job, releases them at the same moment, and returns their output. */
export async function runWorkers<T>(worker: string, jobs: unknown[]): Promise<T[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bmh-workers-"));
  const startFile = path.join(dir, "start");
  let ready = 0;
  let release: () => void;
  const allReady = new Promise<void>((resolve) => (release = resolve));
  const outputs = jobs.map((job, n) => {
    const jobFile = path.join(dir, `job-${n}.json`);
    fs.writeFileSync(jobFile, JSON.stringify(job));
    const child = spawn(TSX, [worker, jobFile, startFile], { env: process.env, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      if (!out.includes("ready") && (out + chunk.toString()).includes("ready") && ++ready === jobs.length) release();
      out += chunk.toString();
    });
    return new Promise<T>((resolve, reject) =>
      child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(out.split("\n")[1]!) as T) : reject(new Error(`worker exit ${code}`)))),
    );
  });
  await allReady;
  fs.writeFileSync(startFile, "go");
  try {
    return await Promise.all(outputs);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

