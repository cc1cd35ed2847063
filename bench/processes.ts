import { SERVER_ARGS } from "../scripts/build-if-needed";
import { actionIds } from "../e2e/support/server-actions";
import { load, type LoadResult, type LoadTarget } from "./load";
import { perProcessMemoryWatcher, startServer, stopServer } from "./server";
import { asActionCall, countWrites, formFields, postEach } from "./writes";

type Run = { processes: number; result: LoadResult; written?: number };
export type ProcessesResult = {
  rows: { page: string; runs: Run[]; ratio: number }[];
  memory: { processes: number; servers: number[]; primaryMb: number | null }[];
};

type Setup = {
  base: string;
  file: string;
  env: Record<string, string>;
  initiative: number;
  /** A resident's session cookie; every write of the load by a resident who did not back yet. */
  resident: (n: number) => string;
  signedIn: string;
  options: { connections: number; duration: number };
};

const RESIDENTS_PER_RUN = 4_000;

/**
 * Signed-in pages, writes and a public page with 1 and then 2 server processes behind one port
 * (WEB_CONCURRENCY, scripts/serve.ts: the real cluster, as `npm start` runs it), on the same SQLite
 * file: requests/s, p95, rows written for the requests
 * (none may be lost) and the peak resident memory of each process. The load generator runs in the
 * benchmark's own process, on the same cores as the servers.
 */
export async function measureProcesses({ base, file, env, initiative, resident, signedIn, options }: Setup): Promise<ProcessesResult> {
  const result: ProcessesResult = { rows: [], memory: [] };
  for (const processes of [1, 2]) {
    const server = await startServer(SERVER_ARGS, { ...env, WEB_CONCURRENCY: String(processes) }, `${base}/privacy`);
    const memory = perProcessMemoryWatcher(server.pid!);
    try {
      const first = (processes - 1) * RESIDENTS_PER_RUN;
      const page = `/initiatieven/${initiative}`;
      const fields = await formFields(base, page, /\bSteunen\b/, resident(first));
      const action = actionIds()["backInitiativeAction"]!;
      const targets: [string, LoadTarget, boolean][] = [
        ["/privacy (ingelogd)", { url: `${base}/privacy`, headers: { cookie: signedIn } }, false],
        ["/account (ingelogd)", { url: `${base}/account`, headers: { cookie: signedIn } }, false],
        ["POST steunen, met JavaScript", postEach(base, page, (n) => asActionCall(action, { fields, cookie: resident(first + 1 + n) })), true],
        // The idea's page for visitors right after the backings made it stale: each process renders
        // it through its own loopback listener (a shared one answered 403, issue 22).
        [`${page} (bezoeker)`, { url: `${base}${page}` }, false],
      ];
      for (const [label, target, writes] of targets) {
        const before = countWrites(file).backings;
        const run: Run = { processes, result: await load(target, options) };
        if (writes) run.written = countWrites(file).backings - before;
        let row = result.rows.find((r) => r.page === label);
        if (!row) result.rows.push((row = { page: label, runs: [], ratio: 0 }));
        row.runs.push(run);
        row.ratio = row.runs.length === 2 ? row.runs[1]!.result.requestsPerSecond / Math.max(1, row.runs[0]!.result.requestsPerSecond) : 0;
        console.log(`  ${processes} process(es), ${label}: ${run.result.requestsPerSecond.toFixed(0)} req/s, p95 ${run.result.p95} ms, ${run.result.errors + run.result.non2xx} errors or non-2xx`);
      }
    } finally {
      memory.stop();
      await stopServer(server);
    }
    const peaks = memory.peaks();
    // With one process the server is the root; with more, the root is the cluster's primary.
    const servers = peaks.filter((p) => processes === 1 || !p.root).map((p) => p.mb).sort((a, b) => b - a);
    result.memory.push({ processes, servers, primaryMb: processes === 1 ? null : (peaks.find((p) => p.root)?.mb ?? null) });
  }
  return result;
}
