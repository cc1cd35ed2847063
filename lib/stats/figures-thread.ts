/**
 * The entry of the figures thread (lib/stats/figures-worker.ts starts it): computes the figures
 * off the server's main thread. Bundled for production by scripts/build-if-needed.ts.
 */
import { parentPort } from "node:worker_threads";
import { answerFigureRequests } from "./figures-answer";

answerFigureRequests(parentPort!);
