import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";

/** Starts a server process and waits until `readyPath` answers. */
export async function startServer(command: string[], env: Record<string, string>, url: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, command, { env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "inherit"] });
  for (let i = 0; i < 300; i++) {
    if (await fetch(url).then((r) => r.status < 500, () => false)) return child;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill();
  throw new Error(`${url} did not come up`);
}

function rssOf(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    return Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

/** A process and all its descendants (Linux /proc). */
function processTree(pid: number): number[] {
  const children = (p: number): number[] => {
    try {
      return fs.readFileSync(`/proc/${p}/task/${p}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
    } catch {
      return [];
    }
  };
  const all = [pid];
  for (let i = 0; i < all.length; i++) all.push(...children(all[i]!));
  return all;
}

/** Resident memory of a process and its children, in MB (Linux /proc). */
export function residentMegabytes(pid: number): number {
  return processTree(pid).reduce((sum, p) => sum + rssOf(p), 0);
}

/** The peak resident memory of each process in the tree (a cluster's primary and its workers), in MB. */
export function perProcessMemoryWatcher(pid: number) {
  const peaks = new Map<number, number>();
  const timer = setInterval(() => {
    for (const p of processTree(pid)) peaks.set(p, Math.max(peaks.get(p) ?? 0, rssOf(p)));
  }, 100);
  return {
    peaks: () => [...peaks].map(([p, mb]) => ({ pid: p, root: p === pid, mb: Math.round(mb) })),
    stop: () => clearInterval(timer),
  };
}

/** Stops a server and waits until it is gone, so that its port is free again. */
export async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill();
  await exited;
}

/** Samples memory every 100 ms until stopped; returns the peak. */
export function memoryWatcher(pid: number) {
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, residentMegabytes(pid))), 100);
  return {
    reset: () => (peak = residentMegabytes(pid)),
    peak: () => peak,
    stop: () => clearInterval(timer),
  };
}
