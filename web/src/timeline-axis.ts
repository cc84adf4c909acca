// The timeline's arithmetic, free of React: the range an operator chose (kept in the URL query so that it
// deep-links), the window it stands for, rounded ticks and the grouping of marks that sit too close to tell
// apart. The window of a preset range ends at "now" rounded up to the hour (or the day), so a poll does not
// rescale the axis: it moves only when the range changes or time passes that boundary.

export type Preset = '24h' | '7d' | '30d';
export type RangeChoice = { readonly kind: 'preset'; readonly preset: Preset } | { readonly kind: 'custom'; readonly from: number; readonly to: number };

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const PRESETS: Record<Preset, { readonly span: number; readonly label: string }> = {
  '24h': { span: DAY, label: '24 h' },
  '7d': { span: 7 * DAY, label: '7 days' },
  '30d': { span: 30 * DAY, label: '30 days' },
};
export const DEFAULT_PRESET: Preset = '24h';
export const DEFAULT_RANGE: RangeChoice = { kind: 'preset', preset: DEFAULT_PRESET };
export const MIN_SPAN = 10 * MINUTE;
export const MAX_SPAN = 400 * DAY;

/** The range named by a URL query (`?range=7d`, or `?from=…&to=…` in RFC 3339); the default when absent or bad. */
export function rangeFromQuery(search: string): RangeChoice {
  const q = new URLSearchParams(search);
  const from = Date.parse(q.get('from') ?? '');
  const to = Date.parse(q.get('to') ?? '');
  if (Number.isFinite(from) && Number.isFinite(to) && to - from >= MIN_SPAN && to - from <= MAX_SPAN) return { kind: 'custom', from, to };
  const preset = q.get('range');
  if (preset && preset in PRESETS) return { kind: 'preset', preset: preset as Preset };
  return DEFAULT_RANGE;
}

/** The query for a range, keeping the query's other parameters. The default range writes nothing. */
export function queryOf(range: RangeChoice, search: string): string {
  const q = new URLSearchParams(search);
  q.delete('range');
  q.delete('from');
  q.delete('to');
  if (range.kind === 'custom') {
    q.set('from', new Date(range.from).toISOString().replace(/:00\.000Z$/, 'Z'));
    q.set('to', new Date(range.to).toISOString().replace(/:00\.000Z$/, 'Z'));
  } else if (range.preset !== DEFAULT_PRESET) q.set('range', range.preset);
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** The next local hour or midnight at or after `t`. */
function ceilLocal(t: number, unit: typeof HOUR | typeof DAY): number {
  const d = new Date(t);
  if (unit === HOUR) {
    if (d.getMinutes() || d.getSeconds() || d.getMilliseconds()) d.setHours(d.getHours() + 1, 0, 0, 0);
  } else if (d.getHours() || d.getMinutes() || d.getSeconds() || d.getMilliseconds()) d.setHours(24, 0, 0, 0);
  return d.getTime();
}

/** The instants the axis spans. A preset: the span up to now rounded up, and a tenth more for what is scheduled. */
export function windowOf(range: RangeChoice, now: number): { from: number; to: number } {
  if (range.kind === 'custom') return { from: range.from, to: range.to };
  const span = PRESETS[range.preset].span;
  const end = ceilLocal(now, span <= 3 * DAY ? HOUR : DAY);
  return { from: end - span, to: end + span / 10 };
}

/** Zoom by `factor` (½ in, 2 out) about `anchor`, kept inside the window's bounds of span; whole minutes. */
export function zoomed(win: { from: number; to: number }, factor: number, anchor: number): RangeChoice {
  const span = win.to - win.from;
  const next = Math.min(MAX_SPAN, Math.max(MIN_SPAN, span * factor));
  const at = Math.min(win.to, Math.max(win.from, anchor));
  const from = at - (at - win.from) * (next / span);
  const round = (t: number) => Math.round(t / MINUTE) * MINUTE;
  return { kind: 'custom', from: round(from), to: round(from) + Math.round(next / MINUTE) * MINUTE };
}

/** Move the window by a fraction of its span (negative: earlier). */
export function panned(win: { from: number; to: number }, fraction: number): RangeChoice {
  const by = Math.round(((win.to - win.from) * fraction) / MINUTE) * MINUTE;
  return { kind: 'custom', from: win.from + by, to: win.to + by };
}

export interface Tick {
  readonly t: number;
  readonly label: string;
  /** A midnight on an axis of hours: labelled with its day (drawn bold) rather than "12:00 AM". */
  readonly midnight?: boolean;
  /** Under the first tick of an axis of hours when that is not a midnight: its day, so every time has one. */
  readonly day?: string;
}

const STEPS = [MINUTE, 2 * MINUTE, 5 * MINUTE, 10 * MINUTE, 15 * MINUTE, 30 * MINUTE, HOUR, 2 * HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, DAY, 2 * DAY, 7 * DAY, 14 * DAY, 30 * DAY];
const clock = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
const dayMonth = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });
const monthYear = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric' });

/** The step between ticks: the smallest of the round steps that leaves room (about 56 px) for each label. */
export function tickStep(span: number, plotWidth: number): number {
  const most = Math.max(2, Math.floor(plotWidth / 56));
  return STEPS.find((s) => span / s <= most) ?? 30 * DAY;
}

/** Ticks on round local times: minutes and hours on their multiples, days at midnight (weeks on Mondays), months on the 1st. */
export function ticksOf(from: number, to: number, plotWidth: number): Tick[] {
  const step = tickStep(to - from, plotWidth);
  const times: number[] = [];
  if (step < HOUR) {
    for (let t = Math.ceil(from / step) * step; t <= to; t += step) times.push(t);
  } else if (step < DAY) {
    const hours = step / HOUR;
    const d = new Date(from);
    d.setMinutes(0, 0, 0);
    for (let guard = 0; d.getTime() <= to && guard < 2000; guard++, d.setHours(d.getHours() + 1)) {
      if (d.getTime() >= from && d.getHours() % hours === 0) times.push(d.getTime());
    }
  } else {
    const days = Math.round(step / DAY);
    const d = new Date(from);
    d.setHours(0, 0, 0, 0);
    for (let guard = 0; d.getTime() <= to && guard < 20000; guard++, d.setDate(d.getDate() + 1)) {
      if (d.getTime() < from) continue;
      const index = Math.round((Date.UTC(d.getFullYear(), d.getMonth(), d.getDate())) / DAY);
      const keep = days >= 30 ? d.getDate() === 1 : days === 7 || days === 14 ? d.getDay() === 1 && (days === 7 || Math.floor(index / 7) % 2 === 0) : index % days === 0;
      if (keep) times.push(d.getTime());
    }
  }
  return times.map((t, i) => {
    if (step >= 30 * DAY) return { t, label: monthYear.format(t) };
    if (step >= DAY) return { t, label: dayMonth.format(t) };
    const d = new Date(t);
    if (d.getHours() === 0 && d.getMinutes() === 0) return { t, label: dayMonth.format(t), midnight: true };
    return { t, label: clock.format(t), ...(i === 0 ? { day: dayMonth.format(t) } : {}) };
  });
}

/** Marks sorted along x, grouped while each is within `gap` px of the group's first. */
export function groupsOf<T extends { readonly x: number }>(items: readonly T[], gap: number): T[][] {
  const sorted = [...items].sort((a, b) => a.x - b.x);
  const groups: T[][] = [];
  for (const item of sorted) {
    const last = groups[groups.length - 1];
    if (last && item.x - last[0]!.x <= gap) last.push(item);
    else groups.push([item]);
  }
  return groups;
}
