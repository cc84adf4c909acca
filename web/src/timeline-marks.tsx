// The timeline's marks: a protection or recovery as a focusable link, a cluster's ring of outcomes, and where a
// next scheduled run is drawn beside a ring.
import type { ReactNode } from 'react';
import type { Tone } from './format.tsx';
import { navigate } from './router.ts';
import type { Recovery } from './types.ts';

/** A cluster's ring radius: larger from a hundred, so the count fits. */
export const ringRadius = (count: number) => (count >= 100 ? 15 : 12);

/**
 * Where a next run's mark is drawn: at its time, unless a cluster's ring sits there in the same lane (fifteen
 * protections of the last minutes and tonight's run are a few pixels apart on a week); then just clear of the ring,
 * on the side of its time. The exact time stays in the mark's label and the "Next runs" list.
 */
export function clearOfRings(x: number, rings: readonly { cx: number; r: number }[]): number {
  for (const ring of rings) {
    const gap = ring.r + 10; // the ring's stroke and the mark's radius, and a pixel or two between them
    if (Math.abs(x - ring.cx) < gap) return x >= ring.cx ? ring.cx + gap : ring.cx - gap;
  }
  return x;
}

const RING_ORDER: readonly Tone[] = ['bad', 'warn', 'busy', 'idle', 'good'];

/** A cluster's ring: one arc per outcome, its length the share of the cluster (failures first, from 12 o'clock). */
export function Ring({ cx, cy, r, tones }: { cx: number; cy: number; r: number; tones: readonly Tone[] }) {
  const c = 2 * Math.PI * r;
  let offset = 0;
  return (
    <g transform={`rotate(-90 ${cx} ${cy})`}>
      {RING_ORDER.map((tone) => {
        const n = tones.filter((t) => t === tone).length;
        if (!n) return null;
        const len = (n / tones.length) * c;
        const arc = <circle key={tone} className={`cluster-ring tone-${tone}`} data-count={n} cx={cx} cy={cy} r={r} strokeDasharray={`${len} ${c - len}`} strokeDashoffset={-offset} />;
        offset += len;
        return arc;
      })}
    </g>
  );
}

export interface Item {
  readonly key: string;
  readonly kind: 'protection' | 'recovery';
  readonly t: number;
  readonly x: number;
  readonly status: string;
  readonly href: string;
  /** What, when and the outcome: the mark's accessible name and the line shown under the chart on focus. */
  readonly label: string;
  readonly recovery?: Recovery;
}

export function counts(items: readonly Item[]): string {
  const by = new Map<string, number>();
  for (const i of items) by.set(i.status, (by.get(i.status) ?? 0) + 1);
  return [...by].map(([status, n]) => `${n} ${status}`).join(', ');
}

/** A mark that opens what it stands for: focusable, a real link, a client-side navigation on a plain click. */
export function Mark({ item, onShow, children }: { item: Item; onShow(label: string | null): void; children: ReactNode }) {
  return (
    <a href={item.href} aria-label={item.label} className="mark-link" data-key={item.key}
      onFocus={() => onShow(item.label)} onBlur={() => onShow(null)} onMouseEnter={() => onShow(item.label)} onMouseLeave={() => onShow(null)}
      onClick={(e) => {
        if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        navigate(item.href);
      }}>{children}</a>
  );
}
