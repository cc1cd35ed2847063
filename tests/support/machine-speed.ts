import crypto from "node:crypto";
import os from "node:os";

/**
 * How much slower this machine is right now than the quiet 2-core machine the timeouts were set
 * on: the larger of a short CPU calibration (a fixed amount of hashing) and the run queue per core
 * (the load average, which counts the other processes we will share the cores with). Never below
 * 1; `TEST_SLOWNESS` sets it by hand. Measured once per test run: vitest.config.ts and
 * playwright.config.ts store it in the environment, which their worker processes inherit.
 */
const REFERENCE_MS = 40;

/** The best of three rounds of 10,000 hashes (~40 ms when quiet), against the reference. */
function calibrate(): number {
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 3; round++) {
    const started = performance.now();
    let data = Buffer.alloc(64, 1);
    for (let i = 0; i < 10_000; i++) data = crypto.createHash("sha256").update(data).digest();
    best = Math.min(best, performance.now() - started);
  }
  return best / REFERENCE_MS;
}

export function machineSlowness(): number {
  if (!process.env.TEST_SLOWNESS) {
    const cores = Math.max(1, os.availableParallelism?.() ?? os.cpus().length);
    const measured = Math.max(1, calibrate(), os.loadavg()[0]! / cores);
    process.env.TEST_SLOWNESS = measured.toFixed(1);
  }
  return Math.max(1, Number(process.env.TEST_SLOWNESS) || 1);
}

/** A timeout set for the quiet machine, stretched to this one's speed. */
export const scaled = (ms: number): number => Math.round(ms * machineSlowness());
