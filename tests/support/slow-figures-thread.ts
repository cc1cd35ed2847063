/**
 * The figures thread of lib/stats/figures-thread.ts, made deliberately slow: before each
 * recompute it keeps its own thread busy (not a timer), as ten times the data would.
 */
import { parentPort } from "node:worker_threads";
import { answerFigureRequests } from "@/lib/stats/figures-answer";

export const SLOW_RECOMPUTE_MS = 800;

answerFigureRequests(parentPort!, () => {
  const until = Date.now() + SLOW_RECOMPUTE_MS;
  while (Date.now() < until);
});
