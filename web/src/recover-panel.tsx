// Recover: fill in the recovery, see the dry-run plan (its pre-flight checks first, then every step in order,
// its action and what blocks it), then confirm to start it. A failed check hides the plain start: "Recover anyway"
// (force, skipping what the failed checks name) takes an explicit confirmation. Any change to the form drops the
// plan, so what starts is what was shown.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ok } from '../../src/client/client.ts';
import { Banner, FieldError } from './errors.tsx';
import { when } from './format.tsx';
import { projectPath, useSession } from './session.ts';
import type { AwsAssembly, Connection, Protection, Region, RecoveryPlan, RecoveryRequest } from './types.ts';

type Scope = NonNullable<RecoveryRequest['recoveryScope']>;
type Mode = NonNullable<RecoveryRequest['recoveryMode']>;
const FIELDS = ['recoveryName', 'protectionId', 'recoveryScope', 'recoveryMode', 'crossRegionConfiguration', 'crossZoneConfiguration', 'crossAccountConfiguration', 'resetAfterMinutes'];

export function RecoverPanel({ assembly, connections, protections, onStarted }: { assembly: AwsAssembly; connections: readonly Connection[]; protections: readonly Protection[]; onStarted(): void }) {
  const session = useSession();
  // The recovery region is one of the connection's regions other than the source (the replicas first).
  const own = connections.find((c) => c.id === assembly.cloudConnectionId);
  const regions = [...new Set([...assembly.replicaRegions, ...(own?.operationalRegions ?? [])])].filter((r) => r !== assembly.sourceRegion);
  const targets = connections.filter((c) => c.id !== assembly.cloudConnectionId);
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState({ name: `drill-${Date.now().toString(36)}`, protectionId: '', scope: 'same-region' as Scope, mode: 'rebuild' as Mode, region: regions[0] ?? '', zone: '', connectionId: '', resetAfter: '' });
  const [plan, setPlan] = useState<RecoveryPlan | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const recoverable = protections.filter((p) => p.status === 'success' || p.status === 'partially-protected');
  // Focus moves into the form when it opens and back to its opener when it closes.
  const opener = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (open) heading.current?.focus();
    else if (wasOpen.current) opener.current?.focus();
    wasOpen.current = open;
  }, [open]);
  const set = (change: Partial<typeof form>) => { setForm((f) => ({ ...f, ...change })); setPlan(null); };

  function request(dryRun: boolean, force: boolean): RecoveryRequest {
    return {
      recoveryName: form.name, dryRun, recoveryScope: form.scope, recoveryMode: form.mode, ...(force ? { force } : {}),
      ...(form.protectionId ? { protectionId: form.protectionId } : {}),
      ...(form.scope === 'cross-region' ? { crossRegionConfiguration: { recoveryRegion: form.region as Region } } : {}),
      ...(form.scope === 'cross-zone' && form.zone ? { crossZoneConfiguration: { availabilityZone: form.zone } } : {}),
      ...(form.scope === 'cross-account' ? { crossAccountConfiguration: { cloudConnectionId: Number(form.connectionId) } } : {}),
      ...(form.resetAfter ? { resetAfterMinutes: Number(form.resetAfter) } : {}),
    };
  }

  async function send(dryRun: boolean, force = false) {
    setBusy(true);
    setError(null);
    try {
      const answer = await ok(session.client.POST('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/recoveries', {
        params: { path: { ...projectPath(session), cloudAssemblyId: assembly.id } }, body: request(dryRun, force),
      }));
      if (dryRun) setPlan(answer as RecoveryPlan);
      else {
        setPlan(null);
        setOpen(false);
        setForm((f) => ({ ...f, name: `drill-${Date.now().toString(36)}` }));
        onStarted();
      }
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  if (!open) return <button type="button" ref={opener} onClick={() => setOpen(true)} disabled={!recoverable.length} title={recoverable.length ? undefined : 'Needs a successful protection'}>Recover…</button>;
  const planFirst = (event: FormEvent) => { event.preventDefault(); void send(true); };
  return (
    <form className="card form" onSubmit={planFirst} aria-label="Recover">
      <h3 ref={heading} tabIndex={-1}>Recover {assembly.name}</h3>
      <Banner error={error} fields={FIELDS} />
      <label>Recovery name<input name="recoveryName" value={form.name} onChange={(e) => set({ name: e.target.value })} /></label>
      <FieldError error={error} field="recoveryName" />
      <label>From protection
        <select name="protectionId" value={form.protectionId} onChange={(e) => set({ protectionId: e.target.value })}>
          <option value="">the latest successful one</option>
          {recoverable.map((p) => <option key={p.id} value={p.id}>{when(p.timestamp)} · {p.status}</option>)}
        </select>
      </label>
      <FieldError error={error} field="protectionId" />
      <label>Scope
        <select name="recoveryScope" value={form.scope} onChange={(e) => set({ scope: e.target.value as Scope })}>
          <option value="same-region">same region</option><option value="cross-region">another region</option>
          <option value="cross-zone">another zone</option><option value="cross-account">another account</option>
        </select>
      </label>
      {form.scope === 'cross-region' && (
        <>
          <label>Recovery region
            <select name="recoveryRegion" value={form.region} onChange={(e) => set({ region: e.target.value })}>
              {!regions.includes(form.region) && <option value="">choose a region</option>}
              {regions.map((r) => <option key={r} value={r}>{r}{assembly.replicaRegions.includes(r) ? ' (has replicas)' : ''}</option>)}
            </select>
          </label>
        </>
      )}
      <FieldError error={error} field="crossRegionConfiguration" />
      {form.scope === 'cross-zone' && <label>Availability zone (optional)<input name="availabilityZone" value={form.zone} onChange={(e) => set({ zone: e.target.value })} /></label>}
      <FieldError error={error} field="crossZoneConfiguration" />
      {form.scope === 'cross-account' && (
        <label>Target connection
          <select name="cloudConnectionId" value={form.connectionId} onChange={(e) => set({ connectionId: e.target.value })}>
            <option value="">choose a connection</option>
            {targets.map((c) => <option key={c.id} value={String(c.id)}>{c.name} ({c.operationalRegions.join(', ')})</option>)}
          </select>
        </label>
      )}
      <FieldError error={error} field="crossAccountConfiguration" />
      <label>Mode
        <select name="recoveryMode" value={form.mode} onChange={(e) => set({ mode: e.target.value as Mode })}>
          <option value="rebuild">rebuild everything</option><option value="reuse-existing">reuse what exists</option><option value="use-source">use the source network</option>
        </select>
      </label>
      <FieldError error={error} field="recoveryMode" />
      <label>Reset by itself after (minutes, optional)<input name="resetAfterMinutes" inputMode="numeric" value={form.resetAfter} onChange={(e) => set({ resetAfter: e.target.value })} /></label>
      <FieldError error={error} field="resetAfterMinutes" />
      <div className="buttons">
        <button type="submit" disabled={busy}>{busy && !plan ? 'Planning…' : 'Show the plan'}</button>
        <button type="button" className="secondary" onClick={() => { setOpen(false); setPlan(null); setError(null); }}>Close</button>
      </div>
      {plan && <Plan plan={plan} busy={busy} onConfirm={(force) => void send(false, force)} />}
    </form>
  );
}

const CHECK_TONE = { passed: 'good', warning: 'warn', failed: 'bad' } as const;

/** A check's tone: never green when it names a resource whose step is blocked (a warning that will stop it). */
function checkTone(check: RecoveryPlan['checks'][number], blocked: ReadonlySet<string>): 'good' | 'warn' | 'bad' {
  const tone = CHECK_TONE[check.status];
  return tone === 'good' && check.resourceIds.some((id) => blocked.has(id)) ? 'warn' : tone;
}

function Checks({ checks, blocked }: { checks: RecoveryPlan['checks']; blocked: ReadonlySet<string> }) {
  return (
    <ul className="checks" aria-label="Pre-flight checks">
      {checks.map((check) => (
        <li key={check.name} data-check={check.name} data-status={check.status} className={check.status === 'failed' ? 'check-failed' : undefined}>
          <span className={`badge tone-${checkTone(check, blocked)}`}>{check.status}</span> <strong>{check.name}</strong>: {check.message}
        </li>
      ))}
    </ul>
  );
}

/**
 * The start buttons: plain only when every check passed and no step is blocked. Otherwise the start takes an explicit
 * confirmation that names what will not go as planned: the failed checks (a forced start skips what they name) and
 * the blocked steps (never recovered).
 */
function Start({ plan, busy, onConfirm }: { plan: RecoveryPlan; busy: boolean; onConfirm(force: boolean): void }) {
  const [confirming, setConfirming] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const failed = plan.checks.filter((c) => c.status === 'failed');
  const blocked = plan.steps.filter((s) => s.action === 'blocked');
  if (failed.length === 0 && blocked.length === 0) return <button type="button" onClick={() => onConfirm(false)} disabled={busy}>{busy ? 'Starting…' : 'Start the recovery'}</button>;
  const skipped = new Set(failed.flatMap((c) => c.resourceIds)).size;
  const label = failed.length ? 'Recover anyway' : 'Start without the blocked steps';
  const keep = () => { setConfirming(false); requestAnimationFrame(() => opener.current?.focus()); };
  return (
    <div className="buttons start-warning">
      <p className="check-failed small">
        {failed.length > 0 && <>{failed.length} pre-flight check{failed.length > 1 ? 's' : ''} failed ({failed.map((c) => c.name).join(', ')}): the recovery will not start as planned. </>}
        {blocked.length > 0 && <>{blocked.length} step{blocked.length > 1 ? 's are' : ' is'} blocked and will not be recovered: {blocked.map((b) => b.name || b.sourceResourceId).join(', ')}.</>}
      </p>
      {!confirming && <button type="button" ref={opener} className="secondary" onClick={() => setConfirming(true)}>{label}…</button>}
      {confirming && (
        <span className="confirm" role="group" aria-label="Confirm the start">
          {failed.length > 0 && <>Skip the {skipped} resource{skipped === 1 ? '' : 's'} the failed checks name ({failed.map((c) => c.name).join(', ')}) and what depends on them{blocked.length ? ', ' : ''}</>}
          {blocked.length > 0 && <>{failed.length ? 'leave out' : 'Leave out'} the blocked {blocked.map((b) => b.name || b.sourceResourceId).join(', ')}</>}
          {' '}and start?{' '}
          <button type="button" className="danger" autoFocus onClick={() => onConfirm(failed.length > 0)} disabled={busy}>{busy ? 'Starting…' : label}</button>{' '}
          <button type="button" className="secondary" onClick={keep}>Keep it stopped</button>
        </span>
      )}
    </div>
  );
}

function Plan({ plan, busy, onConfirm }: { plan: RecoveryPlan; busy: boolean; onConfirm(force: boolean): void }) {
  const s = plan.summary;
  return (
    <div className="plan" aria-label="Recovery plan">
      <h4>Pre-flight checks</h4>
      <Checks checks={plan.checks} blocked={new Set(plan.steps.filter((step) => step.action === 'blocked').map((step) => step.sourceResourceId))} />
      <h4>Plan: {s.total} resources into {plan.targetRegion}</h4>
      <p className="small">{s.create} create · {s.restore} restore · {s.reuse} reuse · {s.useSource} use source · <strong>{s.blocked} blocked</strong> · from the protection of {when(plan.protectionTimestamp)}</p>
      {plan.notes.map((note) => <p key={note} className="muted small">{note}</p>)}
      {plan.blockers.length > 0 && (
        <ul className="blockers">{plan.blockers.map((b) => <li key={b.sourceResourceId}><strong>{b.sourceResourceId}</strong>: {b.reason}</li>)}</ul>
      )}
      <div className="table-wrap">
        <table className="list" aria-label="Plan steps">
          <thead><tr><th>#</th><th>Resource</th><th>Action</th><th>Blocker</th></tr></thead>
          <tbody>
            {plan.steps.map((step) => (
              <tr key={step.sourceResourceId} data-action={step.action}>
                <td>{step.order}</td>
                <td><strong>{step.name || step.sourceResourceId}</strong><div className="muted small">{step.type} · {step.sourceResourceId}</div></td>
                <td><span className={`badge tone-${step.action === 'blocked' ? 'bad' : 'idle'}`}>{step.action}</span></td>
                <td className="small">{step.blocker ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Start plan={plan} busy={busy} onConfirm={onConfirm} />
    </div>
  );
}
