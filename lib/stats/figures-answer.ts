import fs from "node:fs";
import os from "node:os";
import type { MessagePort } from "node:worker_threads";
import { openReadOnlyConnection } from "@/db/client";
import type { StatsFilter } from "./filters";
import { encodeReports, figureReports, type EncodedReports } from "./reports";

export type FiguresRequest = { id: number; filter: StatsFilter; now: number };
export type FiguresAnswer = { id: number; reports: EncodedReports } | { id: number; error: string };

/**
 * Linux: gives this thread (not the process) a lower priority, so that on a busy machine the
 * server's main thread, which answers requests, gets the cores first. Elsewhere nothing changes.
 */
function yieldToRequests(): void {
  try {
    os.setPriority(Number(fs.readlinkSync("/proc/thread-self").split("/").pop()), 10);
  } catch {
    // Not Linux, or not allowed: the thread keeps the normal priority.
  }
}

/**
 * Inside the figures thread: answers each request with the same figureReports (computeFigures)
 * as everywhere, on a read-only connection of its own, in one read transaction, so the figures
 * come from one consistent snapshot. The reports go back as JSON bytes, handed over without a copy:
 * at ten times the data they are ~3 MB, and the main thread reads only the audience it needs.
 * `beforeEach` is for tests that need a slow recompute.
 */
export function answerFigureRequests(port: MessagePort, beforeEach?: () => void): void {
  yieldToRequests();
  const db = openReadOnlyConnection();
  const inSnapshot = db.$client.transaction((request: FiguresRequest) => figureReports(request.filter, request.now));
  port.on("message", (request: FiguresRequest) => {
    try {
      beforeEach?.();
      const reports = encodeReports(inSnapshot(request));
      port.postMessage({ id: request.id, reports } satisfies FiguresAnswer, [reports.alliantie.buffer, reports.publiek.buffer]);
    } catch (error) {
      port.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies FiguresAnswer);
    }
  });
}
