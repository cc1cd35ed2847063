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


/**
 * Inside a worker: reads its job, opens its own connection, says "ready" and waits for the start
 * file. `jitter` pauses 0–2 ms, as a server does between requests; without any pause one process
 * would hold the write lock back to back and the other would only wait (no real race).
 */
export function startWorker<Job>(): { job: Job; jitter: () => void } {
  const [jobFile, startFile] = process.argv.slice(2) as [string, string];
  const job = JSON.parse(fs.readFileSync(jobFile, "utf8")) as Job;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  process.stdout.write("ready\n");
  while (!fs.existsSync(startFile)) Atomics.wait(pause, 0, 0, 1);
  return { job, jitter: () => void Atomics.wait(pause, 0, 0, Math.random() * 2) };
}
