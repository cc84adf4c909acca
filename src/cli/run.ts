// The client half of the lifeboat command: finds the command in the table, parses its options, runs it,
// and turns every error into a message and an exit code (never a stack trace).
import { parseArgs } from 'node:util';
import { ApiError } from '../client/client.ts';
import { optionsOf, type Command, type OptionValues } from './command.ts';
import { COMMANDS } from './commands/index.ts';
import { createContext, type Context, type Io } from './context.ts';
import { EXIT, UsageError } from './exit-codes.ts';
import { describeOptionProblem, optionOfField, type OptionProblem } from './field-options.ts';
import { commandHelp, groupHelp } from './help.ts';
import { parseFormat } from './output.ts';

/** The command named by the leading words of argv (the longest match), and the rest of argv. */
export function findCommand(argv: readonly string[]): { command?: Command; prefix: string[]; rest: string[] } {
  const words: string[] = [];
  for (const token of argv) {
    if (token.startsWith('-')) break;
    words.push(token);
  }
  for (let n = words.length; n > 0; n--) {
    const command = COMMANDS.find((c) => c.words.length === n && c.words.every((w, i) => w === words[i]));
    if (command) return { command, prefix: words.slice(0, n), rest: argv.slice(n) };
  }
  return { prefix: words, rest: [] };
}

/** Whether argv starts with the words of a client command or group (main.ts dispatches on this). */
export function isClientCommand(word: string | undefined): boolean {
  return word !== undefined && COMMANDS.some((c) => c.words[0] === word);
}

function printError(io: Io, error: unknown, command?: Command, values?: OptionValues, url?: string): number {
  if (error instanceof UsageError) {
    io.stderr.write(`lifeboat: ${error.message}\n${error.hint ? `  ${error.hint}\n` : ''}`);
    return EXIT.usage;
  }
  if (error instanceof ApiError) {
    const fields = Object.entries(error.fieldErrors);
    const options = command && values ? fields.map(([field, problem]) => optionOfField(command, values, field, problem)) : [];
    // Every problem is an option's: a usage error naming the options (exit 2), not the API's field names.
    if (error.status === 400 && fields.length && options.every(Boolean)) {
      for (const p of options as OptionProblem[]) io.stderr.write(`lifeboat: ${describeOptionProblem(p)}\n`);
      io.stderr.write(`  lifeboat ${command!.words.join(' ')} --help\n`);
      return EXIT.usage;
    }
    io.stderr.write(`lifeboat: ${error.status}${error.code ? ` ${error.code}` : ''}: ${fields.length ? 'the server refused these fields:' : error.message}\n`);
    fields.forEach(([field, problem], i) => {
      const option = options[i];
      io.stderr.write(`  ${option ? `${describeOptionProblem(option)} (${field})` : `${field}: ${problem}`}\n`);
    });
    if (error.requiredPermissions.length) io.stderr.write(`  required permissions: ${error.requiredPermissions.join(', ')}\n`);
    return EXIT.error;
  }
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  if (error instanceof TypeError && cause) {
    io.stderr.write(`lifeboat: ${unreachable(error, cause, url)}\n`);
    return EXIT.error;
  }
  io.stderr.write(`lifeboat: ${error instanceof Error ? error.message : String(error)}\n`);
  return EXIT.error;
}

const REACH_PROBLEMS: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connection refused (is the server running? lifeboat serve)',
  ENOTFOUND: 'no such host',
  EAI_AGAIN: 'the host name could not be resolved (yet)',
  ECONNRESET: 'the connection was reset',
  ETIMEDOUT: 'the connection timed out',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable',
  UND_ERR_CONNECT_TIMEOUT: 'the connection timed out',
  UND_ERR_SOCKET: 'the connection was closed',
  CERT_HAS_EXPIRED: "the server's certificate has expired",
};

/** Node's codes for a certificate chain it cannot verify (a private CA, a self-signed certificate). */
const UNTRUSTED_CERTIFICATE: Readonly<Record<string, string>> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: "the server's certificate is self-signed",
  SELF_SIGNED_CERT_IN_CHAIN: "the server's certificate chain is self-signed",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "the server's certificate is signed by a CA not trusted here",
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: "the server's certificate is signed by a CA not trusted here",
  UNABLE_TO_GET_ISSUER_CERT: "the server's certificate is signed by a CA not trusted here",
};

/** "cannot reach Lifeboat at http://127.0.0.1:8080: connection refused". */
function unreachable(error: TypeError, cause: { code?: string; message?: string; errors?: Array<{ code?: string }> }, url: string | undefined): string {
  const code = cause.code ?? cause.errors?.[0]?.code;
  const untrusted = code ? UNTRUSTED_CERTIFICATE[code] : undefined;
  const problem = untrusted
    ? `${untrusted} (give the CA that signed it with --ca-file <pem> or LIFEBOAT_CA_FILE)`
    : ((code && REACH_PROBLEMS[code]) ?? code ?? cause.message ?? error.message);
  return `cannot reach Lifeboat${url ? ` at ${url}` : ''}: ${problem}`;
}

/** Runs a client command; returns the exit code. */
export async function runClient(argv: readonly string[], io: Io): Promise<number> {
  const { command, prefix, rest } = findCommand(argv);
  if (!command) {
    // The longest leading words that name a group: its help, asked for or after a typo.
    for (let n = prefix.length; n > 0; n--) {
      const group = COMMANDS.filter((c) => c.words.length > n && prefix.slice(0, n).every((w, i) => c.words[i] === w));
      if (!group.length) continue;
      const asked = n === prefix.length && (argv.includes('--help') || argv.includes('-h') || argv.length === n);
      (asked ? io.stdout : io.stderr).write(`${asked ? '' : `lifeboat: unknown command "${prefix.join(' ')}"\n\n`}${groupHelp(prefix.slice(0, n), group)}`);
      return asked ? EXIT.ok : EXIT.usage;
    }
    io.stderr.write(`lifeboat: unknown command "${prefix.join(' ')}" (lifeboat --help lists them)\n`);
    return EXIT.usage;
  }
  let values: OptionValues | undefined;
  let context: Context | undefined;
  try {
    const options = optionsOf(command);
    let parsed;
    try {
      parsed = parseArgs({ args: [...rest], options, allowPositionals: true, strict: true });
    } catch (error) {
      throw new UsageError((error as Error).message.split('\n')[0]!.replace(/\. To specify .*/, ''), `lifeboat ${command.words.join(' ')} --help`);
    }
    values = parsed.values as Record<string, string | boolean | string[] | undefined>;
    if (values.help) {
      io.stdout.write(commandHelp(command));
      return EXIT.ok;
    }
    if (values.timeout !== undefined && !values.wait) throw new UsageError('--timeout goes with --wait');
    const required = (command.args ?? []).filter((a) => a.startsWith('<')).length;
    // An argument ending in ... takes the rest.
    const allowed = (command.args ?? []).some((a) => a.endsWith('...')) ? Infinity : (command.args ?? []).length;
    if (parsed.positionals.length < required || parsed.positionals.length > allowed) {
      throw new UsageError(
        parsed.positionals.length < required ? `missing ${(command.args ?? []).slice(parsed.positionals.length, required).join(' ')}` : `unexpected argument "${parsed.positionals[allowed]}"`,
        `usage: lifeboat ${[...command.words, ...(command.args ?? [])].join(' ')} [options] (--help for more)`,
      );
    }
    context = createContext(io, values, parseFormat(values.output));
    return (await command.run(context, { args: parsed.positionals, options: values })) ?? EXIT.ok;
  } catch (error) {
    return printError(io, error, command, values, context?.serverUrl());
  }
}
