import { duration, escapeHtml, OUTCOME_COLOURS } from './report-format.ts';
import type { DrillReportBody, ReportResourceBody } from './report-schema.ts';

// The recovery as a picture: one row per resource, grouped in bands by plan level, a bar per resource on a
// time axis (from its recorded start and end) or, with no timing, on an axis of levels in order.

const WIDTH = 1000;
const LABEL = 260;
const ROW = 16;
const AXIS = 28;
/** The right margin holds each band's level name. */
const PLOT = WIDTH - LABEL - 56;
/** More bars make an unreadable page (and a slow one to print); the resources table lists every one. */
export const MAX_BARS = 300;

interface Bar { readonly resource: ReportResourceBody; readonly x: number; readonly width: number }

const label = (name: string) => (name.length > 38 ? `${name.slice(0, 37)}…` : name);

/** Bars from recorded times; a resource without times (skipped, reused) is a thin mark where its level could start: after every lower level's last end. */
function measuredBars(resources: readonly ReportResourceBody[]): { bars: Bar[]; ticks: Array<{ x: number; text: string }> } {
  const ms = (value: string | null) => (value === null ? null : Date.parse(value));
  const starts = resources.map((r) => ms(r.startedAt)).filter((v): v is number => v !== null);
  const ends = resources.map((r) => ms(r.finishedAt) ?? ms(r.startedAt)).filter((v): v is number => v !== null);
  const t0 = Math.min(...starts);
  const span = Math.max(1, Math.max(...ends) - t0);
  const xOf = (t: number) => ((t - t0) / span) * PLOT;
  const readyBefore = (level: number) => Math.max(t0, ...resources.filter((r) => r.order < level).map((r) => ms(r.finishedAt) ?? t0));
  const bars = resources.map((resource) => {
    const start = ms(resource.startedAt);
    if (start === null) return { resource, x: xOf(readyBefore(resource.order)), width: 3 };
    return { resource, x: xOf(start), width: Math.max(3, xOf(ms(resource.finishedAt) ?? start) - xOf(start)) };
  });
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => ({ x: f * PLOT, text: `+${duration((f * span) / 1000)}` }));
  return { bars, ticks };
}

/** Without timing: each level one equal column, in the order the recovery runs them. */
function orderedBars(resources: readonly ReportResourceBody[]): { bars: Bar[]; ticks: Array<{ x: number; text: string }> } {
  const levels = [...new Set(resources.map((r) => r.order))].sort((a, b) => a - b);
  const column = PLOT / Math.max(1, levels.length);
  const bars = resources.map((resource) => ({ resource, x: levels.indexOf(resource.order) * column + 2, width: column - 4 }));
  return { bars, ticks: levels.map((level, i) => ({ x: i * column + column / 2, text: `level ${level}` })) };
}

/** The SVG (inline, no script), with a legend and a line saying how the axis was made. */
export function timelineSvg(report: DrillReportBody): string {
  if (report.resources.length === 0) return '<p class="note">The plan holds no resource.</p>';
  const sorted = [...report.resources].sort((a, b) => a.order - b.order || (a.startedAt ?? '').localeCompare(b.startedAt ?? '') || a.name.localeCompare(b.name));
  const shown = sorted.slice(0, MAX_BARS);
  const measured = report.timing === 'measured';
  const { bars, ticks } = measured ? measuredBars(shown) : orderedBars(shown);
  const height = AXIS + shown.length * ROW + 8;
  const parts: string[] = [];
  // Alternate shading per level, so the plan's levels read as bands.
  let bandStart = 0;
  shown.forEach((r, i) => {
    const last = i === shown.length - 1 || shown[i + 1]!.order !== r.order;
    if (!last) return;
    const y = AXIS + bandStart * ROW;
    parts.push(`<rect x="0" y="${y}" width="${WIDTH}" height="${(i - bandStart + 1) * ROW}" fill="${r.order % 2 ? '#f4f6f8' : '#ffffff'}"/>`,
      `<text x="${WIDTH - 4}" y="${y + 11}" text-anchor="end" font-size="10" fill="#777">level ${r.order}</text>`);
    bandStart = i + 1;
  });
  for (const tick of ticks) {
    parts.push(`<line x1="${LABEL + tick.x}" y1="${AXIS - 6}" x2="${LABEL + tick.x}" y2="${height - 8}" stroke="#ddd"/>`,
      `<text x="${LABEL + tick.x}" y="${AXIS - 10}" text-anchor="middle" font-size="10" fill="#555">${escapeHtml(tick.text)}</text>`);
  }
  bars.forEach(({ resource, x, width }, i) => {
    const y = AXIS + i * ROW;
    const took = resource.durationSeconds === null ? '' : `, ${duration(resource.durationSeconds)}`;
    const tip = `${resource.name} (${resource.type}): ${resource.outcome}${took}${resource.error ? ` — ${resource.error}` : ''}`;
    parts.push(`<text x="4" y="${y + 12}" font-size="11" fill="#1b1b1b">${escapeHtml(label(resource.name))}</text>`,
      `<rect x="${(LABEL + x).toFixed(1)}" y="${y + 3}" width="${width.toFixed(1)}" height="${ROW - 6}" rx="2" fill="${OUTCOME_COLOURS[resource.outcome]}"><title>${escapeHtml(tip)}</title></rect>`);
  });
  const legend = Object.entries(OUTCOME_COLOURS).filter(([outcome]) => report.resources.some((r) => r.outcome === outcome))
    .map(([outcome, colour]) => `<span class="badge" style="background:${colour}">${escapeHtml(outcome)}</span>`).join(' ');
  const axisNote = measured
    ? 'Time from the first resource started; each bar runs from a resource\'s start to its end.'
    : 'No per-resource timing was recorded: the levels are laid out in the order the recovery ran them, not to scale.';
  const cut = sorted.length > shown.length ? ` The first ${shown.length} of ${sorted.length} resources are drawn; the table lists every one.` : '';
  return `<p class="note">${escapeHtml(axisNote + cut)}</p><p>${legend}</p>`
    + `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${escapeHtml(`Recovery ${report.recoveryName} by level`)}">${parts.join('')}</svg>`;
}
