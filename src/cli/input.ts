// Reading what the user typed: ids, lists, numbers, and request bodies given as JSON.
import fs from 'node:fs';
import type { Invocation, OptionValues } from './command.ts';
import type { Io } from './context.ts';
import { UsageError } from './exit-codes.ts';

/** A positive integer id (connections, assemblies, policies, service accounts). */
export function intId(value: string | undefined, what: string): number {
  if (!value || !/^[1-9][0-9]{0,15}$/.test(value)) throw new UsageError(`${what} must be a positive integer, not "${value ?? ''}"`);
  return Number(value);
}

export function integer(value: unknown, what: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^-?[0-9]+$/.test(value)) throw new UsageError(`${what} must be an integer, not "${String(value)}"`);
  return Number(value);
}

/** A comma-separated list, also given by repeating the option: --regions a,b --regions c. */
export function list(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  const values = Array.isArray(value) ? value : [String(value)];
  return values.flatMap((v) => String(v).split(',')).map((v) => v.trim()).filter(Boolean);
}

/** key=value pairs (tags). */
export function pairs(value: unknown, what: string): Array<{ key: string; value: string }> | undefined {
  return list(value)?.map((pair) => {
    const at = pair.indexOf('=');
    if (at < 1) throw new UsageError(`${what} takes key=value, not "${pair}"`);
    return { key: pair.slice(0, at), value: pair.slice(at + 1) };
  });
}

export function boolWord(value: string | undefined, what: string): boolean {
  if (value === 'on' || value === 'true' || value === 'yes') return true;
  if (value === 'off' || value === 'false' || value === 'no') return false;
  throw new UsageError(`${what} must be on or off, not "${value ?? ''}"`);
}

function parseJson(text: string, where: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${where} is not JSON: ${(error as Error).message}`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new UsageError(`${where} must be a JSON object`);
  return parsed as Record<string, unknown>;
}

/**
 * The request body: --file (a path, or - for stdin) or --body, with the fields the command's own options
 * set laid over it (an option left out leaves the body's field alone). The server validates the result.
 */
export function bodyOf(io: Io, options: OptionValues, fields: Record<string, unknown> = {}): Record<string, unknown> {
  let base: Record<string, unknown> = {};
  if (options.file !== undefined && options.body !== undefined) throw new UsageError('give the body with --body or --file, not both');
  if (typeof options.file === 'string') {
    const where = options.file === '-' ? 'stdin' : options.file;
    let text: string;
    try {
      text = fs.readFileSync(options.file === '-' ? 0 : options.file, 'utf8');
    } catch (error) {
      throw new UsageError(`cannot read ${where}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    base = parseJson(text, where);
  }
  if (typeof options.body === 'string') base = parseJson(options.body, '--body');
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) base[key] = value;
  return base;
}

export const arg = (invocation: Invocation, index: number) => invocation.args[index];
export const str = (options: OptionValues, name: string) => options[name] as string | undefined;
