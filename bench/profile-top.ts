// node --import tsx bench/profile-top.ts <file.cpuprofile> [--under <text>] [--window <text>] [--top <n>]
//
// Summarises a V8 CPU profile (what BENCH_PROFILE_DIR collects) as text: the functions with the most self
// time and the most total time (self + callees). Times come from the profile's sample intervals.
//   --under <text>   only the samples whose stack has a frame whose function name or file contains <text>
//   --window <text>  every sample from the first to the last one whose stack has such a frame: a span of the
//                    run, e.g. --window run-protection.ts for the protection job without start-up and the
//                    sync. Prefer it to --under for async code: a continuation's stack starts at
//                    runMicrotasks and no longer shows who awaited.
import { readFileSync } from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

function usage(): never {
  process.stderr.write('usage: node --import tsx bench/profile-top.ts <file.cpuprofile> [--under <text>] [--window <text>] [--top <n>]\n');
  process.exit(2);
}

const args = process.argv.slice(2);
let file: string | undefined;
let under: string | undefined;
let window: string | undefined;
let top = 25;
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  if (arg === '--under') under = args[++i] ?? usage();
  else if (arg === '--window') window = args[++i] ?? usage();
  else if (arg === '--top') top = Number(args[++i] ?? usage());
  else if (arg.startsWith('-')) usage();
  else file = arg;
}
if (!file || !Number.isInteger(top) || top < 1) usage();

const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

const root = process.cwd();
function label(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const name = functionName || '(anonymous)';
  if (!url) return name;
  let where = url.replace(/^file:\/\//, '');
  if (where.startsWith(root)) where = path.relative(root, where);
  where = where.replace(/^.*node_modules\//, 'node_modules/');
  return `${name} ${where}:${lineNumber + 1}`;
}

function stackOf(id: number): ProfileNode[] {
  const stack: ProfileNode[] = [];
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) stack.push(byId.get(at)!);
  return stack;
}

const has = (text: string | undefined) => (node: ProfileNode) => text === undefined || node.callFrame.functionName.includes(text) || node.callFrame.url.includes(text);
const matches = has(under);
let first = 0;
let last = profile.samples.length - 1;
if (window !== undefined) {
  const inWindow = has(window);
  const hits = profile.samples.flatMap((id, i) => (stackOf(id).some(inWindow) ? [i] : []));
  if (hits.length === 0) {
    process.stderr.write(`no sample has a frame with "${window}"\n`);
    process.exit(1);
  }
  first = hits[0]!;
  last = hits[hits.length - 1]!;
}
const self = new Map<string, number>();
const total = new Map<string, number>();
let kept = 0;
let all = 0;
let idle = 0;
for (let i = first; i <= last; i++) {
  // timeDeltas[i] is the time before sample i; the sample stands for the interval after it, i.e. delta i+1.
  const micros = profile.timeDeltas[i + 1] ?? 0;
  all += micros;
  const stack = stackOf(profile.samples[i]!);
  const leaf = stack[0]!;
  if (leaf.callFrame.functionName === '(idle)') idle += micros;
  if (!stack.some(matches)) continue;
  kept += micros;
  const leafLabel = label(leaf);
  self.set(leafLabel, (self.get(leafLabel) ?? 0) + micros);
  for (const frame of new Set(stack.map(label))) total.set(frame, (total.get(frame) ?? 0) + micros);
}

const ms = (micros: number) => (micros / 1000).toFixed(0).padStart(8);
const pct = (micros: number) => `${((micros / Math.max(1, kept)) * 100).toFixed(1).padStart(5)}%`;
const print = (title: string, map: Map<string, number>) => {
  process.stdout.write(`\n${title}\n${'ms'.padStart(8)}  ${'share'.padStart(6)}  function\n`);
  for (const [name, micros] of [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    process.stdout.write(`${ms(micros)}  ${pct(micros)}  ${name}\n`);
  }
};

process.stdout.write(`${file}\nspan ${(all / 1e6).toFixed(1)} s, idle ${(idle / 1e6).toFixed(1)} s; `);
process.stdout.write(`${window === undefined ? 'whole profile' : `window "${window}": ${(all / 1e6).toFixed(1)} s`}; `);
process.stdout.write(under === undefined ? `${(kept / 1e6).toFixed(1)} s of samples kept\n` : `samples under "${under}": ${(kept / 1e6).toFixed(1)} s\n`);
print('self time (shares of the kept samples)', self);
print('total time (self + callees)', total);
