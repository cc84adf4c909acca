// The shape of a client command: its words, arguments, options, help and what it runs. Every command is a
// row of the table in commands/index.ts; dispatch, --help and the tests iterate that table.
import type { Context } from './context.ts';

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly description: string;
  readonly multiple?: boolean;
  readonly short?: string;
  /** Shown in help as the value's name: --region <name>. */
  readonly value?: string;
}

export type OptionValues = Readonly<Record<string, string | boolean | string[] | undefined>>;

export interface Invocation {
  /** Positional arguments, in the order the command's `args` names them. */
  readonly args: readonly string[];
  readonly options: OptionValues;
}

export interface Command {
  /** The words that name it: ['connections', 'list']. */
  readonly words: readonly string[];
  readonly summary: string;
  /** Positional arguments: '<id>' is required, '[id]' optional. */
  readonly args?: readonly string[];
  readonly options?: Readonly<Record<string, OptionSpec>>;
  /** Takes --wait and --timeout. */
  readonly waits?: boolean;
  /** Takes the request body as --body '<json>' or --file <path|->. */
  readonly body?: boolean;
  /** More help after the options. */
  readonly details?: string;
  readonly example: string;
  /** Returns the exit code (0 when it returns nothing). */
  run(context: Context, invocation: Invocation): Promise<number | void>;
}

export const GLOBAL_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  output: { type: 'string', short: 'o', value: 'table|json|yaml', description: 'output format (default table)' },
  profile: { type: 'string', value: 'name', description: 'the login profile (default LIFEBOAT_PROFILE, else the current one)' },
  url: { type: 'string', value: 'url', description: 'the server (overrides LIFEBOAT_URL and the profile)' },
  token: { type: 'string', value: 'token', description: 'the token (overrides LIFEBOAT_TOKEN and the profile)' },
  'ca-file': { type: 'string', value: 'path', description: "a PEM file of the CA that signed an https server's certificate (default LIFEBOAT_CA_FILE)" },
  account: { type: 'string', value: 'id', description: "the account (default: the profile's, else the token's own)" },
  project: { type: 'string', value: 'id', description: "the project (default: the profile's, else default)" },
  help: { type: 'boolean', short: 'h', description: 'show this help' },
};

export const WAIT_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  wait: { type: 'boolean', description: 'wait until it ends, showing progress; the exit code tells how it ended' },
  timeout: { type: 'string', value: 'seconds', description: 'with --wait: give up after this long (exit 5); default 1800' },
};

export const BODY_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  body: { type: 'string', value: 'json', description: 'the request body as JSON (fields given as options are added to it)' },
  file: { type: 'string', short: 'f', value: 'path', description: 'read the request body from a JSON file (- for stdin)' },
};

/** Every option a command accepts: its own, the wait and body ones it asked for, and the global ones. */
export function optionsOf(command: Command): Record<string, OptionSpec> {
  return { ...command.options, ...(command.waits ? WAIT_OPTIONS : {}), ...(command.body ? BODY_OPTIONS : {}), ...GLOBAL_OPTIONS };
}

/**
 * The command table, refused when a command's own option takes a name (or short letter) of the global, wait
 * or body options. parseArgs would let the command's spec win, so a webhook's `--url` once silently became
 * the server's and the API call, token and all, went to the webhook's host. Every command reads `--url` as the
 * server and `--timeout` as the wait's bound, or not at all.
 */
export function commandTable(commands: readonly Command[]): readonly Command[] {
  const reserved = { ...GLOBAL_OPTIONS, ...WAIT_OPTIONS, ...BODY_OPTIONS };
  const reservedShort = new Set(Object.values(reserved).map((spec) => spec.short).filter(Boolean));
  for (const command of commands) {
    for (const [name, spec] of Object.entries(command.options ?? {})) {
      if (name in reserved || (spec.short && reservedShort.has(spec.short))) {
        throw new Error(`lifeboat ${command.words.join(' ')}: its option --${name}${spec.short ? ` (-${spec.short})` : ''} is a global, wait or body option's`);
      }
    }
  }
  return commands;
}
