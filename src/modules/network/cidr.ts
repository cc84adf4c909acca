/** IPv4 CIDR blocks: parsing and overlap, for network instances' `cidrs`. */
export interface Cidr {
  readonly text: string;
  readonly start: number;
  /** Inclusive. */
  readonly end: number;
}

const CIDR = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;

/** The block, or a reason it is not one: four octets 0–255, a prefix 0–32, no host bits set. */
export function parseCidr(text: string): Cidr | string {
  const m = CIDR.exec(text);
  if (!m) return 'must be an IPv4 CIDR block such as 10.0.0.0/16';
  const octets = m.slice(1, 5).map(Number);
  const prefix = Number(m[5]);
  if (octets.some((o) => o > 255) || prefix > 32) return 'must be an IPv4 CIDR block such as 10.0.0.0/16';
  const address = octets.reduce((acc, o) => acc * 256 + o, 0);
  const size = 2 ** (32 - prefix);
  if (address % size !== 0) return `has host bits set (the network address is ${blockStart(address, size)}/${prefix})`;
  return { text, start: address, end: address + size - 1 };
}

function blockStart(address: number, size: number): string {
  const start = address - (address % size);
  return [24, 16, 8, 0].map((shift) => Math.floor(start / 2 ** shift) % 256).join('.');
}

export const overlaps = (a: Cidr, b: Cidr): boolean => a.start <= b.end && b.start <= a.end;
