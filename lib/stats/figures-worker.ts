import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { FiguresAnswer, FiguresRequest } from "./figures-answer";
import type { StatsFilter } from "./filters";
import type { EncodedReports } from "./reports";
import { isProduction } from "@/lib/platform/env";

/** The thread's code as `npm start` runs it: bundled with the build (scripts/build-if-needed.ts). */
export const FIGURES_THREAD_BUNDLE = path.join(".next", "figures-thread.mjs");
const SOURCE = path.join("lib", "stats", "figures-thread.ts");

/**
 * Production runs the bundle; `next dev` and the tests run the TypeScript source through tsx (a
 * devDependency), registered inside the thread itself because Node 20 does not pass `--import`
 * hooks on to a worker's entry. The react-server condition makes `server-only` a no-op.
 */
function startThread(source: string | undefined): Worker {
  const execArgv = ["--conditions=react-server"];
  const bundle = path.resolve(/*turbopackIgnore: true*/ process.cwd(), FIGURES_THREAD_BUNDLE);
  if (!source && isProduction() && fs.existsSync(bundle)) return new Worker(bundle, { execArgv });
  const entry = pathToFileURL(path.resolve(/*turbopackIgnore: true*/ process.cwd(), source ?? SOURCE)).href;
  const code = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(code, { eval: true, execArgv });
}

type Pending = { resolve: (reports: EncodedReports) => void; reject: (error: Error) => void; worker: Worker };

/**
 * One worker thread that computes the figures' reports, one request after another, on its own read-only
 * connection: the main thread only sends the filter and receives the result. Started on first use;
 * when it dies, the requests in it fail and the next one starts a new thread.
 */
export class FiguresThread {
  private worker: Worker | null = null;
  private lastId = 0;
  private readonly pending = new Map<number, Pending>();

  /** `source`: another entry (tests use a deliberately slow one). */
  constructor(private readonly source?: string) {}

  compute(filter: StatsFilter, now: number): Promise<EncodedReports> {
    const worker = (this.worker ??= this.start());
    const id = ++this.lastId;
    // Only a thread with work keeps the process alive: a script or test must be able to end.
    if (!this.busy(worker)) worker.ref();
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, worker });
      worker.postMessage({ id, filter, now } satisfies FiguresRequest);
    });
  }

  /**
   * Ends the thread once the requests in it are answered (a test file's end, a script): a
   * recompute cut off halfway would only fail and log "The figures thread stopped". The next
   * request starts a new thread.
   */
  async stop(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    while (this.busy(worker)) await new Promise<void>((resolve) => worker.once("message", () => setImmediate(resolve)).once("exit", () => resolve()));
    if (this.worker === worker) this.worker = null;
    await worker.terminate();
  }

  private busy(worker: Worker): boolean {
    for (const waiting of this.pending.values()) if (waiting.worker === worker) return true;
    return false;
  }

  private start(): Worker {
    const worker = startThread(this.source);
    worker.on("message", (answer: FiguresAnswer) => {
      const waiting = this.pending.get(answer.id);
      this.pending.delete(answer.id);
      if (!this.busy(worker)) worker.unref();
      if ("error" in answer) waiting?.reject(new Error(`Figures could not be computed: ${answer.error}`));
      else waiting?.resolve(answer.reports);
    });
    // Only the requests in this thread fail: after a stop, a new request may already be in the next one.
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = null;
      for (const [id, waiting] of this.pending) {
        if (waiting.worker !== worker) continue;
        this.pending.delete(id);
        waiting.reject(error);
      }
    };
    worker.on("error", fail);
    worker.on("exit", (code) => fail(new Error(`The figures thread stopped (${code})`)));
    return worker;
  }
}
