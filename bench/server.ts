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

/** Resident memory of a process and its children, in MB (Linux /proc). */
export function residentMegabytes(pid: number): number {
  const rss = (p: number): number => {
    try {
      const status = fs.readFileSync(`/proc/${p}/status`, "utf8");
      return Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) / 1024;
    } catch {
      return 0;
    }
  };
  const children = (p: number): number[] => {
    try {
      return fs.readFileSync(`/proc/${p}/task/${p}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
    } catch {
      return [];
    }
  };
  const all = [pid];
  for (let i = 0; i < all.length; i++) all.push(...children(all[i]!));
  return all.reduce((sum, p) => sum + rss(p), 0);
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
