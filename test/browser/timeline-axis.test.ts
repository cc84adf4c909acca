// The timeline's axis arithmetic (web/src/timeline-axis.ts), without a browser: a range read from and written to the
// URL query, the window of a preset that stays put between polls, round ticks, zoom and pan, grouping of close marks.
import { describe, expect, it } from 'vitest';
import { DAY, HOUR, MINUTE, groupsOf, panned, queryOf, rangeFromQuery, ticksOf, windowOf, zoomed } from '../../web/src/timeline-axis.ts';

const local = (y: number, m: number, d: number, h = 0, min = 0, s = 0) => new Date(y, m - 1, d, h, min, s).getTime();

describe('the timeline axis', () => {
  it('reads the range from the query and writes it back; a bad or missing one is the 24 h default', () => {
    expect(rangeFromQuery('')).toEqual({ kind: 'preset', preset: '24h' });
    expect(rangeFromQuery('?range=7d')).toEqual({ kind: 'preset', preset: '7d' });
    expect(rangeFromQuery('?range=1y')).toEqual({ kind: 'preset', preset: '24h' });
    expect(rangeFromQuery('?from=2026-12-01T10:00Z&to=2026-12-02T10:00Z')).toEqual({ kind: 'custom', from: Date.parse('2026-12-01T10:00Z'), to: Date.parse('2026-12-02T10:00Z') });
    // To before from, a span under ten minutes, a date that is not one: the default.
    expect(rangeFromQuery('?from=2026-12-02T10:00Z&to=2026-12-01T10:00Z').kind).toBe('preset');
    expect(rangeFromQuery('?from=2026-12-01T10:00Z&to=2026-12-01T10:05Z').kind).toBe('preset');
    expect(rangeFromQuery('?from=yesterday&to=2026-12-01T10:00Z').kind).toBe('preset');
    expect(queryOf({ kind: 'preset', preset: '24h' }, '?range=7d&x=1')).toBe('?x=1');
    expect(queryOf({ kind: 'preset', preset: '30d' }, '')).toBe('?range=30d');
    const custom = { kind: 'custom', from: Date.parse('2026-12-01T10:00Z'), to: Date.parse('2026-12-02T10:30Z') } as const;
    expect(rangeFromQuery(queryOf(custom, '?range=7d'))).toEqual(custom);
  });

  it('a preset window ends at now rounded up: the same all through the hour (a day for 7 and 30 days), then moves', () => {
    const at = (h: number, m: number) => windowOf({ kind: 'preset', preset: '24h' }, local(2026, 12, 4, h, m));
    expect(at(17, 1)).toEqual(at(17, 59));
    expect(at(17, 1)).toEqual({ from: local(2026, 12, 3, 18), to: local(2026, 12, 4, 18) + 2.4 * HOUR });
    expect(at(18, 1).from).toBe(local(2026, 12, 3, 19));
    const week = (h: number) => windowOf({ kind: 'preset', preset: '7d' }, local(2026, 12, 4, h));
    expect(week(1)).toEqual(week(23));
    expect(week(1).from).toBe(local(2026, 11, 28));
  });

  it('ticks fall on round local times and leave room for their labels', () => {
    const day = ticksOf(local(2026, 12, 3, 18), local(2026, 12, 4, 20, 24), 1232);
    expect(day.map((t) => new Date(t.t).getHours() % 2)).toEqual(day.map(() => 0));
    expect(day.every((t) => new Date(t.t).getMinutes() === 0)).toBe(true);
    expect(day.filter((t) => t.midnight)).toHaveLength(1);
    expect(day[0]!.day).toBeTruthy();
    const phone = ticksOf(local(2026, 12, 3, 18), local(2026, 12, 4, 20, 24), 327);
    expect(phone.length).toBeLessThanOrEqual(327 / 56);
    expect(phone.every((t) => new Date(t.t).getHours() % 6 === 0)).toBe(true);
    const month = ticksOf(local(2026, 11, 5), local(2026, 12, 8), 1232);
    expect(month.every((t) => new Date(t.t).getHours() === 0)).toBe(true);
    const minutes = ticksOf(local(2026, 12, 4, 17, 3), local(2026, 12, 4, 17, 13), 1232);
    expect(minutes.every((t) => t.t % MINUTE === 0)).toBe(true);
  });

  it('zoom halves or doubles the span about the anchor, within 10 minutes and 400 days; pan moves it by half', () => {
    const win = { from: local(2026, 12, 3, 18), to: local(2026, 12, 4, 18) };
    const anchor = local(2026, 12, 4, 12);
    const z = zoomed(win, 0.5, anchor);
    if (z.kind !== 'custom') throw new Error('a zoom is a custom range');
    expect(z.to - z.from).toBe(12 * HOUR);
    // The anchor keeps its place on the axis: three quarters of the way along, before and after.
    expect((anchor - z.from) / (z.to - z.from)).toBeCloseTo(0.75, 5);
    const tiny = zoomed({ from: win.from, to: win.from + 12 * MINUTE }, 0.5, win.from);
    expect(tiny.kind === 'custom' && tiny.to - tiny.from).toBe(10 * MINUTE);
    const huge = zoomed({ from: 0, to: 300 * DAY }, 2, 0);
    expect(huge.kind === 'custom' && huge.to - huge.from).toBe(400 * DAY);
    expect(panned(win, -0.5)).toEqual({ kind: 'custom', from: win.from - 12 * HOUR, to: win.to - 12 * HOUR });
  });

  it('groups marks within the gap of the first of their group', () => {
    const groups = groupsOf([{ x: 50 }, { x: 10 }, { x: 20 }, { x: 24 }, { x: 30 }], 14);
    expect(groups.map((g) => g.map((i) => i.x))).toEqual([[10, 20, 24], [30], [50]]);
  });
});
