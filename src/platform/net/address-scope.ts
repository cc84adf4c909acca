import net from 'node:net';
import { SPECIAL_PURPOSE_BLOCKS, type SpecialBlock } from './special-purpose.ts';

interface Parsed { readonly bits: 32 | 128; readonly value: bigint }
interface Block extends SpecialBlock, Parsed { readonly length: number }

/** An IP literal as a number (IPv6 zone ids dropped); undefined when it is not one. */
export function parseAddress(text: string): Parsed | undefined {
  const address = text.replace(/%.*$/, '');
  if (net.isIPv4(address)) return { bits: 32, value: address.split('.').reduce((acc, part) => (acc << 8n) | BigInt(part), 0n) };
  if (!net.isIPv6(address)) return undefined;
  // A trailing dotted quad (::ffff:1.2.3.4) is the last two groups.
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  let hex = address;
  if (dotted) {
    const v4 = parseAddress(dotted[1]!)!.value;
    hex = `${address.slice(0, -dotted[1]!.length)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const [head, tail] = hex.split('::') as [string, string | undefined];
  const groupsOf = (part: string | undefined) => (part ? part.split(':') : []);
  const left = groupsOf(head);
  const right = groupsOf(tail);
  const groups = tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return { bits: 128, value: groups.reduce((acc, group) => (acc << 16n) | BigInt(parseInt(group, 16)), 0n) };
}

const BLOCKS: readonly Block[] = SPECIAL_PURPOSE_BLOCKS.map((block) => {
  const [address, length] = block.prefix.split('/') as [string, string];
  return { ...block, ...parseAddress(address)!, length: Number(length) };
}).sort((a, b) => b.length - a.length); // most specific first: an address is named by its narrowest block

const contains = (block: Block, address: Parsed) =>
  block.bits === address.bits && block.value >> BigInt(block.bits - block.length) === address.value >> BigInt(address.bits - block.length);

const GLOBAL_UNICAST_V6 = parseAddress('2000::')!.value >> 125n;

function v4Text(value: bigint): string {
  return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 255n)).join('.');
}

function reasonFor(address: Parsed): string | undefined {
  const block = BLOCKS.find((candidate) => contains(candidate, address));
  if (block?.ipv4At !== undefined) {
    const inside = (address.value >> BigInt(128 - block.ipv4At - 32)) & 0xffffffffn;
    const why = reasonFor({ bits: 32, value: inside });
    return why && `carries ${v4Text(inside)}, ${why}`;
  }
  if (block) return `in ${block.prefix} (${block.name}, ${block.rfc})`;
  if (address.bits === 128 && address.value >> 125n !== GLOBAL_UNICAST_V6) return 'outside 2000::/3 (IPv6 global unicast, RFC 4291)';
  return undefined;
}

/**
 * Why an IP literal is not a globally routable unicast address ("in 100.64.0.0/10 (Shared Address Space, RFC 6598)"),
 * or undefined when it is one. An IPv4 address inside IPv4-mapped, NAT64 or 6to4 decides for its carrier.
 * Anything that is not an IP literal is refused too.
 */
export function whyNotGlobal(address: string): string | undefined {
  const parsed = parseAddress(address);
  return parsed ? reasonFor(parsed) : 'not an IP address';
}
