import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// ESLint's import/no-cycle skips `import type`, and the circle db/schema -> lib/initiatives/status ->
// lib/platform/auth/permissions -> db/schema closed through type imports only. This check counts them too.

const root = path.resolve(import.meta.dirname, "../..");

function importGraph(): Map<string, string[]> {
  const { config } = ts.readConfigFile(path.join(root, "tsconfig.json"), ts.sys.readFile);
  const { options, fileNames } = ts.parseJsonConfigFileContent(config, ts.sys, root);
  const ours = (file: string) => !/[\\/](node_modules|\.next)[\\/]/.test(file);
  const graph = new Map<string, string[]>();
  for (const file of fileNames.filter(ours)) {
    const { importedFiles } = ts.preProcessFile(ts.sys.readFile(file) ?? "", true, true);
    const targets = importedFiles
      .map((ref) => ts.resolveModuleName(ref.fileName, file, options, ts.sys).resolvedModule?.resolvedFileName)
      .filter((target): target is string => target !== undefined && ours(target));
    graph.set(path.relative(root, file), targets.map((target) => path.relative(root, target)));
  }
  return graph;
}

/** The strongly connected components with more than one file (Tarjan): each one is a cycle. */
function cycles(graph: Map<string, string[]>): string[][] {
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (file: string) => {
    order.set(file, order.size);
    low.set(file, order.get(file)!);
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (!order.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (stack.includes(next)) {
        low.set(file, Math.min(low.get(file)!, order.get(next)!));
      }
    }
    if (low.get(file) !== order.get(file)) return;
    const component = stack.splice(stack.indexOf(file));
    if (component.length > 1) found.push(component);
  };
  for (const file of graph.keys()) if (!order.has(file)) visit(file);
  return found;
}

describe("imports", () => {
  it("form no cycle, type-only imports included", () => {
    const graph = importGraph();
    expect(graph.size).toBeGreaterThan(200);
    expect(cycles(graph)).toEqual([]);
  });
});
