// Shared presentation: times and the colour ("tone") of each status, one vocabulary for badges and the
// timeline.
export type Tone = 'good' | 'warn' | 'bad' | 'busy' | 'idle';

const TONES: Record<string, Tone> = {
  success: 'good', completed: 'good', enabled: 'good',
  'partially-protected': 'warn', 'partially-completed': 'warn', stalled: 'warn', skipped: 'idle', pending: 'busy',
  disabled: 'idle', suspended: 'warn', 'critical-suspended': 'bad', elapsed: 'idle', aborted: 'warn',
  failed: 'bad', failure: 'bad', 'pruning-failed': 'bad', 'authentication-failed': 'bad', 'delete-failed': 'bad',
  met: 'good', breached: 'bad', unknown: 'idle',
  created: 'busy', preparing: 'busy', 'preparation-completed': 'busy', 'in-progress': 'busy',
};

export function toneOf(status: string | null | undefined): Tone {
  if (!status) return 'idle';
  return TONES[status] ?? (status.startsWith('delete') ? 'warn' : 'idle');
}

/** A status badge; `tone` overrides its colour (an "enabled" that is not green beside a failure that blocks it). */
export function Badge({ status, tone }: { status: string | null | undefined; tone?: Tone }) {
  return <span className={`badge tone-${tone ?? toneOf(status)}`}>{status ?? '—'}</span>;
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
const shortTime = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
const clockTime = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });

export function when(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return dateTime.format(new Date(value));
}

/** A point on an axis: with seconds when the axis spans less than a few hours, else with the day. */
export function shortWhen(value: number, spanMs = Infinity): string {
  return (spanMs < 6 * 3_600_000 ? clockTime : shortTime).format(new Date(value));
}

export function elapsed(fromIso: string | null, toIso: string | null): string {
  if (!fromIso) return '';
  const ms = (toIso ? Date.parse(toIso) : Date.now()) - Date.parse(fromIso);
  const s = Math.max(0, Math.round(ms / 1000));
  return s < 90 ? `${s} s` : `${Math.round(s / 60)} min`;
}

/** Protections, recoveries and resets that have not reached an end. */
export const RUNNING = new Set(['created', 'preparing', 'preparation-completed', 'in-progress', 'pending', 'stalled']);

/** A measured duration in seconds, as an operator reads it: 42 s, 3 min 5 s, 2 h 10 min. */
export function seconds(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  const s = Math.round(value);
  if (s < 90) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min${s % 60 ? ` ${s % 60} s` : ''}`;
  const m = Math.round(s / 60);
  return `${Math.floor(m / 60)} h${m % 60 ? ` ${m % 60} min` : ''}`;
}
