import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Table ownership, checked on the source tree: a module reaches another module only through the service
 * ports build.ts passes in, never through its repository or table types; nothing in a module reaches past
 * the cloud port into the simulated or the real AWS cloud; and a module's store is typed with its own tables.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const MODULES = path.join(ROOT, 'src/modules');

/** A file that names another module's tables: what only its owner may do. */
const OWNED = /(^|[-/])(repo|tables|store-types)\.ts$|-tables\.ts$/;
const CLOUD_INTERNALS = ['src/cloud/sim/', 'src/cloud/aws/'];
const UNTYPED_STORE = /\b(Store|Transaction|Executor)<any>/g;

/**
 * Known exceptions, each with why; the check fails for any other. Keep this short: an entry is a debt.
 * - network/repo.ts pages any of its module's own four tables, chosen at run time, which Kysely cannot type.
 */
const ALLOWED = new Set([
  'src/modules/network/repo.ts: Executor<any>',
]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** The relative module specifiers a file imports or re-exports (`import … from`, `export … from`, side-effect and dynamic imports). */
function importsOf(source: string): string[] {
  const found = [...source.matchAll(/(?:\bfrom\s+|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]!);
  return [...new Set(found)];
}

/** Every ownership problem of one file of src/modules, as `file -> target` or `file: Store<any>` lines. */
function ownershipProblems(file: string, source: string): string[] {
  const relative = path.relative(ROOT, file).split(path.sep).join('/');
  const ownModule = relative.split('/')[2];
  const problems: string[] = [];
  for (const specifier of importsOf(source)) {
    const target = path.relative(ROOT, path.resolve(path.dirname(file), specifier)).split(path.sep).join('/');
    if (CLOUD_INTERNALS.some((prefix) => target.startsWith(prefix))) problems.push(`${relative} -> ${target}`);
    const [, , targetModule] = target.split('/');
    if (target.startsWith('src/modules/') && targetModule !== ownModule && OWNED.test(target)) problems.push(`${relative} -> ${target}`);
  }
  for (const match of source.matchAll(UNTYPED_STORE)) problems.push(`${relative}: ${match[0]}`);
  return [...new Set(problems)];
}

describe('table ownership in src/modules', () => {
  const files = sourceFiles(MODULES);

  it('reads the whole tree (every module, not an empty folder)', () => {
    const modules = new Set(files.map((f) => path.relative(MODULES, f).split(path.sep)[0]));
    expect([...modules]).toEqual(expect.arrayContaining(['assemblies', 'protections', 'recoveries', 'webhooks', 'connections', 'policies']));
  });

  it("no module imports another module's repository or tables, reaches into src/cloud/sim or src/cloud/aws, or types its store with any", () => {
    const problems = files.flatMap((file) => ownershipProblems(file, readFileSync(file, 'utf8')));
    expect(problems.filter((p) => !ALLOWED.has(p))).toEqual([]);
    // An exception that no longer happens is taken off the list, so the list stays the debt it claims to be.
    expect([...ALLOWED].filter((allowed) => !problems.includes(allowed))).toEqual([]);
  });

  it('catches each kind of problem (the check itself works)', () => {
    const file = path.join(MODULES, 'protections/example.ts');
    expect(ownershipProblems(file, [
      "import type { AssemblyTables } from '../assemblies/tables.ts';",
      "import { assembliesRepo } from '../assemblies/repo.ts';",
      "export type { ConnectionsDb } from '../connections/store-types.ts';",
      "import { SimCloud } from '../../cloud/sim/index.ts';",
      "const driver = await import('../../cloud/aws/aws-cloud.ts');",
      'const store: Store<any> = open(); let trx: Transaction<any>; let db: Executor<any>;',
      "import type { AssembliesService } from '../assemblies/service.ts';",
      "import { protectionsRepo } from './repo.ts';",
      "import type { CloudProvider } from '../../cloud/provider.ts';",
    ].join('\n'))).toEqual([
      'src/modules/protections/example.ts -> src/modules/assemblies/tables.ts',
      'src/modules/protections/example.ts -> src/modules/assemblies/repo.ts',
      'src/modules/protections/example.ts -> src/modules/connections/store-types.ts',
      'src/modules/protections/example.ts -> src/cloud/sim/index.ts',
      'src/modules/protections/example.ts -> src/cloud/aws/aws-cloud.ts',
      'src/modules/protections/example.ts: Store<any>',
      'src/modules/protections/example.ts: Transaction<any>',
      'src/modules/protections/example.ts: Executor<any>',
    ]);
  });
});
