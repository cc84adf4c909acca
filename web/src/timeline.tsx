// An assembly's timeline: a time axis over a chosen range (24 h, 7 days, 30 days or custom; zoom and pan), its
// protections (circles coloured by outcome), its recoveries (diamonds, a dashed line to the protection they
// restore) with their resets (squares joined to the recovery), the "now" line and the next scheduled runs of its
// policies (hollow marks). Marks closer than a few pixels stack (up to three) or gather into a counted cluster
// that expands into a list. Every mark is a link reached by Tab, named by what it is, when and its outcome.
// The range lives in the URL query, so a timeline deep-links; the axis ends at now rounded, so polls don't rescale it.
import { Fragment, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { ok } from '../../src/client/client.ts';
import { Badge, toneOf, when } from './format.tsx';
import { onLinkClick, protectionHref, recoveryHref } from './router.ts';
import { projectPath, useSession } from './session.ts';
import { groupsOf, panned, PRESETS, ticksOf, windowOf, zoomed, MIN_SPAN, MAX_SPAN, type Preset, type RangeChoice } from './timeline-axis.ts';
import { clearOfRings, counts, Mark, Ring, ringRadius, type Item } from './timeline-marks.tsx';
import { CustomRange, useRange } from './timeline-range.tsx';
import type { Protection, Recovery } from './types.ts';
import { useResource } from './use-resource.ts';

const PAD = 24;
const LANE_P = 60;
const LANE_R = 108;
const AXIS = 134;
const STACK = 14;
const GAP = 14;
const MAX_STACK = 3;

function useWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(600);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.max(240, Math.floor(entry!.contentRect.width))));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

interface NextRun {
  readonly kind: 'protection' | 'drill';
  readonly name: string;
  readonly at: number;
}

/** The next slot of each enabled protection policy and drill policy of the assembly. */
function useNextRuns(assemblyId: number): readonly NextRun[] {
  const session = useSession();
  const state = useResource(async () => {
    const path = { ...projectPath(session), cloudAssemblyId: assemblyId };
    const params = { path, header: { range: 'items=1-100' } };
    const [policies, drills] = await Promise.all([
      ok(session.client.GET('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/protection-policies', { params })).catch(() => []),
      ok(session.client.GET('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/drill-policies', { params })).catch(() => []),
    ]);
    return [
      ...policies.filter((p) => p.status === 'enabled' && p.nextRunAt).map((p): NextRun => ({ kind: 'protection', name: p.name, at: Date.parse(p.nextRunAt!) })),
      ...drills.filter((p) => p.status === 'enabled' && p.nextRunAt).map((p): NextRun => ({ kind: 'drill', name: p.name, at: Date.parse(p.nextRunAt!) })),
    ].sort((a, b) => a.at - b.at);
  }, [session, assemblyId], () => 30_000);
  return state.data ?? [];
}

export function Timeline({ assemblyId, protections, recoveries, now }: { assemblyId: number; protections: readonly Protection[]; recoveries: readonly Recovery[]; now: number }) {
  const [ref, width] = useWidth();
  const [range, setRange] = useRange();
  const nextRuns = useNextRuns(assemblyId);
  const [customOpen, setCustomOpen] = useState(false);
  const [expanded, setExpanded] = useState<string | null>(null);
  const [shown, setShown] = useState<string | null>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const returnTo = useRef<string | null>(null);

  const win = windowOf(range, now);
  const { from, to } = win;
  const plot = width - 2 * PAD;
  const x = (t: number) => PAD + ((t - from) / (to - from)) * plot;
  const inside = (t: number) => t >= from && t <= to;
  const ticks = ticksOf(from, to, plot);
  const nowIn = inside(now);
  // Room under the axis for the day under the first tick, when the labels are times.
  const height = ticks.some((tick) => tick.day) ? AXIS + 38 : AXIS + 24;

  // Ctrl + wheel (and a trackpad's pinch, which the browser reports so) zooms about the pointer; so does a touch pinch.
  const zoomAt = useRef<(factor: number, clientX: number) => void>(() => {});
  zoomAt.current = (factor, clientX) => {
    const box = svgRef.current?.getBoundingClientRect();
    const t = box ? from + ((clientX - box.left - PAD) / plot) * (to - from) : (from + to) / 2;
    setRange(zoomed(win, factor, t));
  };
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const onWheel = (e: WheelEvent) => {
      if (!e.ctrlKey) return;
      e.preventDefault();
      zoomAt.current(e.deltaY < 0 ? 0.5 : 2, e.clientX);
    };
    // Two fingers on a touch screen: spread to zoom in, pinch to zoom out, applied when the fingers lift.
    let pinch: { start: number; last: number; midX: number } | null = null;
    const spread = (e: TouchEvent) => Math.hypot(e.touches[0]!.clientX - e.touches[1]!.clientX, e.touches[0]!.clientY - e.touches[1]!.clientY);
    const onTouchStart = (e: TouchEvent) => {
      if (e.touches.length !== 2) return;
      const d = spread(e);
      pinch = { start: d, last: d, midX: (e.touches[0]!.clientX + e.touches[1]!.clientX) / 2 };
    };
    const onTouchMove = (e: TouchEvent) => {
      if (!pinch || e.touches.length !== 2) return;
      e.preventDefault();
      pinch.last = spread(e);
    };
    const onTouchEnd = () => {
      if (!pinch) return;
      const factor = pinch.start / Math.max(pinch.last, 1);
      const { midX } = pinch;
      pinch = null;
      if (Math.abs(Math.log2(factor)) >= 0.25) zoomAt.current(Math.min(8, Math.max(1 / 8, factor)), midX);
    };
    svg.addEventListener('wheel', onWheel, { passive: false });
    svg.addEventListener('touchstart', onTouchStart, { passive: true });
    svg.addEventListener('touchmove', onTouchMove, { passive: false });
    svg.addEventListener('touchend', onTouchEnd);
    svg.addEventListener('touchcancel', onTouchEnd);
    return () => {
      svg.removeEventListener('wheel', onWheel);
      svg.removeEventListener('touchstart', onTouchStart);
      svg.removeEventListener('touchmove', onTouchMove);
      svg.removeEventListener('touchend', onTouchEnd);
      svg.removeEventListener('touchcancel', onTouchEnd);
    };
  }, []);

  const anchor = nowIn ? now : (from + to) / 2;
  const zoom = (factor: number) => setRange(zoomed(win, factor, anchor));

  const pItems: Item[] = protections.filter((p) => inside(p.timestamp)).map((p) => ({
    key: `p:${p.id}`, kind: 'protection', t: p.timestamp, x: x(p.timestamp), status: p.status, href: protectionHref(assemblyId, p.id),
    label: `Protection ${p.status}, ${when(p.timestamp)}${p.trigger === 'scheduled' ? ', scheduled' : ''}`,
  }));
  const rItems: Item[] = recoveries.filter((r) => inside(Date.parse(r.createdAt))).map((r) => {
    const t = Date.parse(r.createdAt);
    return {
      key: `r:${r.id}`, kind: 'recovery', t, x: x(t), status: r.recoveryStatus, href: recoveryHref(assemblyId, r.id), recovery: r,
      label: `Recovery ${r.recoveryName} ${r.recoveryStatus}, ${when(t)}${r.resetStatus ? `; reset ${r.resetStatus}${r.resetRequestedAt ? `, ${when(r.resetRequestedAt)}` : ''}` : ''}`,
    };
  });
  const before = protections.filter((p) => p.timestamp < from).length + recoveries.filter((r) => Date.parse(r.createdAt) < from).length;
  const after = protections.filter((p) => p.timestamp > to).length + recoveries.filter((r) => Date.parse(r.createdAt) > to).length;

  // Where each protection is drawn (its own mark, a stack row or its cluster), for the recoveries' lines to it.
  const drawnAt = new Map<string, { x: number; y: number }>();
  type Group = { key: string; lane: number; items: Item[] };
  const groups: Group[] = [
    ...groupsOf(pItems, GAP).map((items) => ({ key: `pg:${items[0]!.key}`, lane: LANE_P, items })),
    ...groupsOf(rItems, GAP * 2).map((items) => ({ key: `rg:${items[0]!.key}`, lane: LANE_R, items })),
  ];
  for (const g of groups) {
    if (g.lane !== LANE_P) continue;
    const cx = g.items.reduce((s, i) => s + i.x, 0) / g.items.length;
    g.items.forEach((item, row) => drawnAt.set(item.key.slice(2), g.items.length > MAX_STACK ? { x: cx, y: LANE_P } : { x: item.x, y: LANE_P - row * STACK }));
  }
  const open = groups.find((g) => g.key === expanded && g.items.length > MAX_STACK);
  const ringsIn = (lane: number) => groups.filter((g) => g.lane === lane && g.items.length > MAX_STACK)
    .map((g) => ({ cx: g.items.reduce((s, i) => s + i.x, 0) / g.items.length, r: ringRadius(g.items.length) }));
  const nextX = (at: number, lane: number) => clearOfRings(x(at), ringsIn(lane));

  useEffect(() => {
    if (open) panelRef.current?.querySelector<HTMLElement>('a')?.focus();
  }, [open?.key]);
  function closePanel() {
    setExpanded(null);
    const key = returnTo.current;
    requestAnimationFrame(() => (key ? svgRef.current?.querySelector<SVGElement>(`[data-cluster="${CSS.escape(key)}"]`)?.focus() : undefined));
  }

  function drawItem(item: Item, cx: number, cy: number): ReactNode {
    if (item.kind === 'protection') {
      return (
        <Mark key={item.key} item={item} onShow={setShown}>
          <circle className={`mark tone-${toneOf(item.status)}`} data-kind="protection" data-status={item.status} cx={cx} cy={cy} r={6} />
        </Mark>
      );
    }
    const r = item.recovery!;
    const resetAt = r.resetRequestedAt ? Date.parse(r.resetRequestedAt) : null;
    // The reset sits on the recovery's row, joined to it by a bar; never closer than 18 px, so both stay visible.
    const sx = resetAt === null ? 0 : Math.min(Math.max(x(resetAt), cx + 18), width - 6);
    return (
      <Mark key={item.key} item={item} onShow={setShown}>
        {resetAt !== null && r.resetStatus && (
          <line className="reset-join" data-recovery={r.id} x1={cx} y1={cy} x2={sx - 5} y2={cy} />
        )}
        <rect className={`mark tone-${toneOf(r.recoveryStatus)}`} data-kind="recovery" data-status={r.recoveryStatus} data-recovery={r.id}
          x={cx - 6} y={cy - 6} width={12} height={12} transform={`rotate(45 ${cx} ${cy})`} />
        {resetAt !== null && r.resetStatus && (
          <rect className={`mark tone-${toneOf(r.resetStatus)}`} data-kind="reset" data-status={r.resetStatus} data-recovery={r.id}
            x={sx - 5} y={cy - 5} width={10} height={10} />
        )}
      </Mark>
    );
  }

  function onClusterKey(e: KeyboardEvent, key: string) {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      toggle(key);
    }
  }
  function toggle(key: string) {
    returnTo.current = key;
    setExpanded((k) => (k === key ? null : key));
  }

  const describe = (g: Group) => {
    const what = g.lane === LANE_P ? 'protections' : 'recoveries';
    return `${g.items.length} ${what}, ${when(g.items[0]!.t)} to ${when(g.items[g.items.length - 1]!.t)}: ${counts(g.items)}`;
  };

  const choose = (r: RangeChoice) => {
    setRange(r);
    setExpanded(null);
  };
  const presetPressed = (p: Preset) => range.kind === 'preset' && range.preset === p;
  const protectionRuns = nextRuns.filter((n) => n.kind === 'protection');
  const drillRuns = nextRuns.filter((n) => n.kind === 'drill');

  return (
    <div className="timeline" data-from={from} data-to={to}>
      <div className="timeline-tools">
        <div role="group" aria-label="Range" className="timeline-range">
          {(Object.keys(PRESETS) as Preset[]).map((p) => (
            <button key={p} type="button" className="secondary" aria-pressed={presetPressed(p)} data-range={p} onClick={() => choose({ kind: 'preset', preset: p })}>{PRESETS[p].label}</button>
          ))}
          <button type="button" className="secondary" aria-pressed={range.kind === 'custom'} aria-expanded={customOpen} data-range="custom" onClick={() => setCustomOpen((o) => !o)}>Custom…</button>
        </div>
        <div role="group" aria-label="Zoom and move" className="timeline-zoom">
          <button type="button" className="secondary" aria-label="Earlier" onClick={() => setRange(panned(win, -0.5))}>←</button>
          <button type="button" className="secondary" aria-label="Zoom out" disabled={to - from >= MAX_SPAN} onClick={() => zoom(2)}>−</button>
          <button type="button" className="secondary" aria-label="Zoom in" disabled={to - from <= MIN_SPAN} onClick={() => zoom(0.5)}>+</button>
          <button type="button" className="secondary" aria-label="Later" onClick={() => setRange(panned(win, 0.5))}>→</button>
        </div>
      </div>
      {customOpen && (
        <CustomRange from={from} to={to} onClose={() => setCustomOpen(false)} onApply={(r) => { choose(r); setCustomOpen(false); }} />
      )}
      <p className="timeline-caption small" aria-live="polite">
        <span className="timeline-span">{when(from)} – {when(to)}</span>
        {' · '}{pItems.length} protection{pItems.length === 1 ? '' : 's'}, {rItems.length} recover{rItems.length === 1 ? 'y' : 'ies'}
        {before ? ` · ${before} earlier` : ''}{after ? ` · ${after} later` : ''}
      </p>
      <div ref={ref} className="timeline-plot">
        <svg ref={svgRef} width={width} height={height} role="group" aria-label="Timeline of protections, recoveries and resets">
          {ticks.map((tick) => (
            <g key={tick.t} className="tick-group" data-tick={tick.t}>
              <line className="grid" x1={x(tick.t)} x2={x(tick.t)} y1={14} y2={AXIS} />
              <line className="tick" x1={x(tick.t)} x2={x(tick.t)} y1={AXIS} y2={AXIS + 5} />
              <text className={`tick-label${tick.midnight ? ' tick-day' : ''}`} x={x(tick.t)} y={AXIS + 18} textAnchor="middle">{tick.label}</text>
              {tick.day && <text className="tick-label tick-day" x={x(tick.t)} y={AXIS + 32} textAnchor="middle">{tick.day}</text>}
            </g>
          ))}
          <line className="axis" x1={PAD} x2={width - PAD} y1={AXIS} y2={AXIS} />
          <text className="lane-label" x={4} y={12}>protections</text>
          <text className="lane-label" x={4} y={LANE_R - 22}>recoveries · resets</text>
          {nowIn && (
            <g className="now" data-now={now}>
              <line className="now-line" x1={x(now)} x2={x(now)} y1={14} y2={AXIS} />
              <text className="now-label" x={x(now) + (x(now) > width - 60 ? -4 : 4)} y={AXIS - 4} textAnchor={x(now) > width - 60 ? 'end' : 'start'}>now</text>
            </g>
          )}
          {recoveries.map((r) => {
            const source = drawnAt.get(r.protectionId);
            const t = Date.parse(r.createdAt);
            return source === undefined || !inside(t) ? null
              : <line key={`link-${r.id}`} className="link" data-recovery={r.id} x1={source.x} y1={source.y + 7} x2={x(t)} y2={LANE_R - 8} />;
          })}
          {protectionRuns.map((n) => (inside(n.at)
            ? <circle key={`next-${n.name}`} className="next-run" data-kind="next-run" data-at={n.at} cx={nextX(n.at, LANE_P)} cy={LANE_P} r={6} role="img" aria-label={`Next scheduled protection, policy ${n.name}, ${when(n.at)}`} />
            : null))}
          {drillRuns.map((n) => (inside(n.at)
            ? <rect key={`next-drill-${n.name}`} className="next-run" data-kind="next-drill" data-at={n.at} x={nextX(n.at, LANE_R) - 6} y={LANE_R - 6} width={12} height={12} transform={`rotate(45 ${nextX(n.at, LANE_R)} ${LANE_R})`} role="img" aria-label={`Next scheduled drill, policy ${n.name}, ${when(n.at)}`} />
            : null))}
          {nextRuns.some((n) => n.at > to) && (
            <text className="later-runs" x={width - 4} y={LANE_P + 24} textAnchor="end">next run later →</text>
          )}
          {groups.map((g) => {
            if (g.items.length <= MAX_STACK) return <Fragment key={g.key}>{g.items.map((item, row) => drawItem(item, item.x, g.lane - row * STACK))}</Fragment>;
            const cx = g.items.reduce((s, i) => s + i.x, 0) / g.items.length;
            const isOpen = expanded === g.key;
            const ringR = ringRadius(g.items.length);
            return (
              <g key={g.key} className="cluster" role="button" tabIndex={0} data-cluster={g.key} data-count={g.items.length}
                aria-expanded={isOpen} aria-controls={isOpen ? 'timeline-cluster' : undefined}
                aria-label={`${describe(g)}. ${isOpen ? 'Hide' : 'Show'} them`}
                onClick={() => toggle(g.key)} onKeyDown={(e) => onClusterKey(e, g.key)}
                onFocus={() => setShown(describe(g))} onBlur={() => setShown(null)}>
                <circle className="cluster-focus" cx={cx} cy={g.lane} r={ringR + 5} />
                <Ring cx={cx} cy={g.lane} r={ringR} tones={g.items.map((i) => toneOf(i.status))} />
                <text className="cluster-count" x={cx} y={g.lane + 4} textAnchor="middle">{g.items.length}</text>
              </g>
            );
          })}
        </svg>
      </div>
      <p className="timeline-focus small" aria-hidden="true">{shown ?? '\u00a0'}</p>
      {open && (
        <div id="timeline-cluster" ref={panelRef} className="timeline-cluster" role="region" aria-label={describe(open)}
          onKeyDown={(e) => { if (e.key === 'Escape') closePanel(); }}>
          <div className="buttons">
            <strong className="small">{describe(open)}</strong>
            <button type="button" className="secondary" onClick={() => {
              const a = open.items[0]!.t;
              const b = open.items[open.items.length - 1]!.t;
              const pad = Math.max((b - a) * 0.25, MIN_SPAN / 2);
              choose(zoomed({ from: a - pad, to: b + pad }, 1, a));
            }}>Zoom to these</button>
            <button type="button" className="secondary" onClick={closePanel}>Close</button>
          </div>
          <ul className="plain">
            {open.items.map((item) => (
              <li key={item.key} data-kind={item.kind} data-status={item.status}>
                <Badge status={item.status} /> <a href={item.href} onClick={onLinkClick} className="cluster-link">{item.label}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <ul className="legend">
        <li><span className="dot tone-good" /> success / completed</li>
        <li><span className="dot tone-warn" /> partial</li>
        <li><span className="dot tone-bad" /> failed</li>
        <li><span className="dot tone-busy" /> running</li>
        <li><span className="dot tone-idle" /> skipped / elapsed</li>
        <li><span className="dot next-dot" /> next scheduled run</li>
        <li>● protection ◆ recovery ■ reset · a number: several close together (open it)</li>
      </ul>
      <p className="small next-runs">
        {nextRuns.length
          ? <>Next runs: {nextRuns.map((n, i) => <span key={`${n.kind}-${n.name}`} data-next-run={n.name}>{i ? '; ' : ''}{n.kind === 'drill' ? 'drill' : 'protection'} “{n.name}” {when(n.at)}</span>)}</>
          : <span className="muted">No scheduled runs (no enabled policy).</span>}
      </p>
    </div>
  );
}
