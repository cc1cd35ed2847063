/**
 * The production server: WEB_CONCURRENCY=N (default 1) server processes behind one port
 * (node:cluster), each one scripts/serve-process.ts. They share the SQLite file; the page cache
 * stays true across them (lib/platform/page-cache/tag-log.ts). See docs/architecture.md for choosing N.
 */
import cluster from "node:cluster";

const processes = Math.max(1, Math.floor(Number(process.env.WEB_CONCURRENCY ?? 1)) || 1);

if (cluster.isPrimary && processes > 1) {
  let stopping = false;
  for (let i = 0; i < processes; i++) cluster.fork();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    console.error(`Serverproces ${worker.process.pid} stopte (${signal ?? code}); er start een nieuw.`);
    cluster.fork();
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    });
  }
} else {
  await import("./serve-process");
}
