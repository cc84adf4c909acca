// Help texts, built from the command table so that they never drift from what the commands accept.
import { GLOBAL_OPTIONS, optionsOf, type Command, type OptionSpec } from './command.ts';
import { EXIT } from './exit-codes.ts';

function optionLines(options: Record<string, OptionSpec>): string[] {
  const rows = Object.entries(options).map(([name, spec]) => [
    `${spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.type === 'string' ? ` <${spec.value ?? 'value'}>` : ''}`,
    `${spec.description}${spec.multiple ? ' (repeatable)' : ''}`,
  ]);
  const width = Math.max(...rows.map(([left]) => left!.length));
  return rows.map(([left, right]) => `  ${left!.padEnd(width)}  ${right}`);
}

export function commandHelp(command: Command): string {
  const options = optionsOf(command);
  const own = Object.fromEntries(Object.entries(options).filter(([name]) => !(name in GLOBAL_OPTIONS)));
  const global = Object.fromEntries(Object.entries(options).filter(([name]) => name in GLOBAL_OPTIONS));
  return [
    `Usage: lifeboat ${[...command.words, ...(command.args ?? [])].join(' ')} [options]`,
    '',
    command.summary,
    ...(Object.keys(own).length ? ['', 'Options:', ...optionLines(own)] : []),
    '', 'Global options:', ...optionLines(global),
    ...(command.details ? ['', command.details.trimEnd()] : []),
    ...(command.waits ? ['', `Exit codes with --wait: ${EXIT.ok} success, ${EXIT.failed} failed, ${EXIT.partial} partial, ${EXIT.timedOut} timed out (${EXIT.error} request refused, ${EXIT.usage} usage).`] : []),
    '', 'Example:', ...command.example.split('\n').map((line) => `  ${line}`),
    '',
  ].join('\n');
}

function listing(commands: readonly Command[], depth: number): string[] {
  const rows = commands.map((c) => [[...c.words.slice(depth), ...(c.args ?? [])].join(' '), c.summary]);
  const width = Math.min(44, Math.max(...rows.map(([left]) => left!.length)));
  return rows.map(([left, right]) => `  ${left!.padEnd(width)}  ${right}`);
}

/** `lifeboat connections --help`: the group's commands. */
export function groupHelp(prefix: readonly string[], commands: readonly Command[]): string {
  return [`Usage: lifeboat ${prefix.join(' ')} <command> [options]`, '', 'Commands:', ...listing(commands, prefix.length), '',
    `Run lifeboat ${prefix.join(' ')} <command> --help for its options and an example.`, ''].join('\n');
}

/** One line per group: its name and its commands' last words. */
function groups(commands: readonly Command[]): string[] {
  const byGroup = new Map<string, string[]>();
  for (const c of commands) {
    const group = c.words.length > 1 ? c.words.slice(0, -1).join(' ') : c.words[0]!;
    const verbs = byGroup.get(group) ?? [];
    verbs.push(c.words.length > 1 ? c.words.at(-1)! : c.summary);
    byGroup.set(group, verbs);
  }
  const width = Math.max(...[...byGroup.keys()].map((g) => g.length));
  return [...byGroup].map(([group, verbs]) => `  ${group.padEnd(width)}  ${verbs.join(' | ')}`.trimEnd());
}

export function clientUsage(commands: readonly Command[]): string {
  return [
    'Client commands (talk to a Lifeboat server over HTTP; lifeboat login first; <command> --help for each):',
    ...groups(commands),
    '',
    'Every client command takes --help, --output table|json|yaml, --profile, --url, --token, --account and',
    '--project. LIFEBOAT_URL, LIFEBOAT_TOKEN, LIFEBOAT_ACCOUNT, LIFEBOAT_PROJECT and LIFEBOAT_PROFILE override',
    'the profile. Exit codes: 0 ok, 1 request failed, 2 usage, and with --wait 3 failed, 4 partial, 5 timed out.',
  ].join('\n');
}
