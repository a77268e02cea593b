// @vitest-environment node
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * ESLint's import-x/no-cycle skips `import type`, by design: a type cycle costs nothing at
 * run time. It still ties two files into one to read and to change (choicePaths.ts and
 * messages.ts were such a pair), so this follows every import, types included, with
 * TypeScript's own resolution.
 */
const src = path.resolve(__dirname, '../../src');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const options: ts.CompilerOptions = {
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  resolveJsonModule: true,
};

/** Each file of src/ and the files of src/ it imports, `import type` and `export … from` included. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(src)) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles
      .map((ref) => ts.resolveModuleName(ref.fileName, file, options, ts.sys).resolvedModule)
      .flatMap((module) =>
        module && !module.isExternalLibraryImport ? [path.resolve(module.resolvedFileName)] : [],
      )
      .filter((target) => target.startsWith(src + path.sep));
    graph.set(file, targets);
  }
  return graph;
}

/** The groups of files that reach one another (Tarjan's strongly connected components). */
function cyclesOf(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0;
  const order = new Map<string, number>();
  const lowest = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string) => {
    order.set(node, counter);
    lowest.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!order.has(next)) {
        visit(next);
        lowest.set(node, Math.min(lowest.get(node)!, lowest.get(next)!));
      } else if (onStack.has(next)) {
        lowest.set(node, Math.min(lowest.get(node)!, order.get(next)!));
      }
    }
    if (lowest.get(node) !== order.get(node)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== node);
    if (group.length > 1 || graph.get(node)?.includes(node)) cycles.push(group.sort());
  };
  for (const node of graph.keys()) if (!order.has(node)) visit(node);
  return cycles;
}

describe('given the import graph of src/, type imports included', () => {
  const graph = importGraph();

  it('should read the whole tree', () => {
    expect(graph.size).toBeGreaterThan(50);
    // The follow-through works: the root entry reaches every widget's folder.
    const fromIndex = graph.get(path.join(src, 'index.ts'))!.map((file) => path.relative(src, file));
    expect(fromIndex).toEqual(expect.arrayContaining(['breath-pacer/index.ts', 'moment-flow/index.ts']));
  });

  it('should have no cycle', () => {
    const cycles = cyclesOf(graph).map((group) => group.map((file) => path.relative(src, file)));
    expect(cycles).toEqual([]);
  });
});

describe('given a graph with a cycle', () => {
  it('should name the files in it, and only those', () => {
    const graph = new Map([
      ['messages', ['paths']],
      ['paths', ['messages', 'moment']],
      ['moment', []],
      ['self', ['self']],
    ]);
    expect(cyclesOf(graph)).toEqual([['messages', 'paths'], ['self']]);
  });
});
