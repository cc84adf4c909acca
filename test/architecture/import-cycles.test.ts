import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * No runtime import cycle in src/. A cycle lets one module run code of another before that module's own top level
 * has run: under tsx (what `npm start` and the bin use) the AWS driver's recover/image.ts called ec2.ts's ec2Kind
 * while ec2.ts was still loading, and the server died at start with "__name is not a function", while Vitest's own
 * transform let every test pass. Type-only imports are erased, so they do not count.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const SRC = path.join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

/** The files a source imports at run time: relative `import … from`, `export … from` and side-effect imports, not `import type`. */
export function runtimeImports(file: string, source: string): string[] {
  const statements = source.match(/^(?:import|export)\b[^;]*?from\s+['"](\.{1,2}\/[^'"]+)['"]|^import\s+['"](\.{1,2}\/[^'"]+)['"]/gms) ?? [];
  return statements
    .filter((statement) => !/^(?:import|export)\s+type\b/.test(statement))
    .map((statement) => statement.match(/['"](\.{1,2}\/[^'"]+)['"]\s*$/)![1]!)
    .map((specifier) => path.resolve(path.dirname(file), specifier));
}

/** Every cycle of the graph, each once, as a list of files relative to the root. */
export function cyclesOf(graph: Map<string, string[]>): string[][] {
  const cycles = new Map<string, string[]>();
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (!graph.has(next)) continue;
      if (state.get(next) === 'open') {
        const cycle = stack.slice(stack.indexOf(next)).map((f) => path.relative(ROOT, f));
        cycles.set([...cycle].sort().join(' '), cycle);
      } else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return [...cycles.values()];
}

describe('import cycles in src', () => {
  it('there are none at run time', () => {
    const graph = new Map(sourceFiles(SRC).map((file) => [file, runtimeImports(file, readFileSync(file, 'utf8'))]));
    expect(graph.size).toBeGreaterThan(100);
    expect(cyclesOf(graph)).toEqual([]);
  });

  it('the check finds a cycle and ignores type-only imports', () => {
    const a = path.join(SRC, 'a.ts');
    const b = path.join(SRC, 'b.ts');
    const c = path.join(SRC, 'c.ts');
    expect(runtimeImports(a, "import { x } from './b.ts';\nimport type { Y } from './c.ts';\nexport { z } from './c.ts';\nimport './d.ts';"))
      .toEqual([b, c, path.join(SRC, 'd.ts')]);
    expect(cyclesOf(new Map([[a, [b]], [b, [c]], [c, [a]]])).map((cycle) => cycle.length)).toEqual([3]);
    expect(cyclesOf(new Map([[a, [b]], [b, [c]], [c, []]]))).toEqual([]);
  });
});
