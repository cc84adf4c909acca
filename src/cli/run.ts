// The client half of the lifeboat command: finds the command in the table, parses its options, runs it,
// and turns every error into a message and an exit code (never a stack trace).
import { parseArgs } from 'node:util';
import { ApiError } from '../client/client.ts';
import { optionsOf, type Command } from './command.ts';
import { COMMANDS } from './commands/index.ts';
import { createContext, type Io } from './context.ts';
import { EXIT, UsageError } from './exit-codes.ts';
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

function printError(io: Io, error: unknown): number {
  if (error instanceof UsageError) {
    io.stderr.write(`lifeboat: ${error.message}\n${error.hint ? `  ${error.hint}\n` : ''}`);
    return EXIT.usage;
  }
  if (error instanceof ApiError) {
    io.stderr.write(`lifeboat: ${error.status}${error.code ? ` ${error.code}` : ''}: ${error.message}\n`);
    for (const [field, problem] of Object.entries(error.fieldErrors)) io.stderr.write(`  ${field}: ${problem}\n`);
    if (error.requiredPermissions.length) io.stderr.write(`  required permissions: ${error.requiredPermissions.join(', ')}\n`);
    return EXIT.error;
  }
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  if (error instanceof TypeError && cause) {
    io.stderr.write(`lifeboat: cannot reach the server: ${cause.code ?? cause.message ?? error.message}\n`);
    if (cause.code && UNTRUSTED_CERTIFICATE.has(cause.code)) {
      io.stderr.write("  the server's certificate is not trusted here: give the CA that signed it with --ca-file <pem> or LIFEBOAT_CA_FILE\n");
    }
    return EXIT.error;
  }
  io.stderr.write(`lifeboat: ${error instanceof Error ? error.message : String(error)}\n`);
  return EXIT.error;
}

/** Node's codes for a certificate chain it cannot verify (a private CA, a self-signed certificate). */
const UNTRUSTED_CERTIFICATE = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'UNABLE_TO_GET_ISSUER_CERT',
]);

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
  try {
    const options = optionsOf(command);
    let parsed;
    try {
      parsed = parseArgs({ args: [...rest], options, allowPositionals: true, strict: true });
    } catch (error) {
      throw new UsageError((error as Error).message.split('\n')[0]!.replace(/\. To specify .*/, ''), `lifeboat ${command.words.join(' ')} --help`);
    }
    const values = parsed.values as Record<string, string | boolean | string[] | undefined>;
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
    const context = createContext(io, values, parseFormat(values.output));
    return (await command.run(context, { args: parsed.positionals, options: values })) ?? EXIT.ok;
  } catch (error) {
    return printError(io, error);
  }
}
