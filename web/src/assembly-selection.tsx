// The assembly's selection: its resource filter and replica regions, edited with a live preview of what the
// edited filter selects now (POST …/resources/preview: a dry run through the cloud, nothing saved) and its
// dependency warnings; saved with the ETag the editor opened on (someone else's change meanwhile is a 412, said
// plainly); and the assembly's deletion behind a typed confirmation.
import { useEffect, useState, type FormEvent } from 'react';
import { ApiError, ok } from '../../src/client/client.ts';
import type { FilterPreview } from './assembly-types.ts';
import { Banner, FieldError } from './errors.tsx';
import { useFocusOnMount, useFocusReturn } from './focus.ts';
import { navigate } from './router.ts';
import { projectPath, useSession } from './session.ts';
import type { AwsAssembly, Connection, NewAssembly, Region } from './types.ts';

type Filter = NewAssembly['resourceFilterStrategy'];
type FilterType = 'tags' | 'vpc' | 'manual';
const FIELDS = ['resourceFilterStrategy', 'replicaRegions', 'allowCrossRegionRecovery', 'filterType', 'tags', 'resources', 'vpcId'];
const PREVIEW_DELAY_MS = 400;

interface Draft {
  readonly filterType: FilterType;
  readonly conditions: 'match-all-tags' | 'match-any-tags';
  readonly text: string;
  readonly replicas: readonly string[];
  readonly crossRegion: boolean;
}

function parseTags(text: string) {
  return text.split(/[\n,]+/).map((pair) => pair.trim()).filter(Boolean).map((pair) => {
    const at = pair.indexOf('=');
    return at < 0 ? { key: pair, value: '' } : { key: pair.slice(0, at).trim(), value: pair.slice(at + 1).trim() };
  });
}

function draftOf(assembly: AwsAssembly): Draft {
  const f = assembly.resourceFilterStrategy as { filterType?: FilterType; conditions?: Draft['conditions']; tags?: { key: string; value: string }[]; vpcId?: string; resourceIds?: string[]; resources?: string[] };
  const filterType = f.filterType ?? 'tags';
  const text = filterType === 'tags' ? (f.tags ?? []).map((t) => `${t.key}=${t.value}`).join(', ')
    : filterType === 'vpc' ? f.vpcId ?? '' : (f.resourceIds ?? f.resources ?? []).join(', ');
  return { filterType, conditions: f.conditions ?? 'match-all-tags', text, replicas: assembly.replicaRegions, crossRegion: assembly.allowCrossRegionRecovery };
}

function filterOf(d: Draft): Filter {
  if (d.filterType === 'tags') return { filterType: 'tags', conditions: d.conditions, tags: parseTags(d.text) };
  if (d.filterType === 'vpc') return { filterType: 'vpc', vpcId: d.text.trim() };
  return { filterType: 'manual', resources: d.text.split(/[\s,]+/).filter(Boolean) };
}

/** The filter as a sentence: "tags (all of): app=shop, env=prod". */
export function describeFilter(assembly: AwsAssembly): string {
  const d = draftOf(assembly);
  if (d.filterType === 'tags') return `resources tagged ${d.conditions === 'match-any-tags' ? 'with any of' : 'with all of'} ${d.text || '(none)'}`;
  if (d.filterType === 'vpc') return `everything in ${d.text}`;
  const ids = d.text.split(', ').filter(Boolean);
  return `${ids.length} resource${ids.length === 1 ? '' : 's'} by id: ${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', …' : ''}`;
}

export function Selection({ assembly, etag, connection, onSaved }: { assembly: AwsAssembly; etag: string | null; connection?: Connection; onSaved(): void }) {
  const [editing, setEditing] = useState<{ etag: string | null } | null>(null);
  const focus = useFocusReturn();
  const deleting = assembly.status.startsWith('delete') || assembly.status === 'deleted';
  return (
    <section aria-labelledby="selection-heading">
      <div className="section-head">
        <h2 id="selection-heading">Selection</h2>
        {!deleting && <button type="button" id="edit-selection" className="secondary" aria-expanded={!!editing} onClick={() => { if (!editing) { focus.remember(); setEditing({ etag }); } }}>Edit the selection</button>}
      </div>
      <dl className="facts selection-facts">
        <div><dt>Resources</dt><dd className="filter-summary">{describeFilter(assembly)}</dd></div>
        <div><dt>Replica regions</dt><dd>{assembly.replicaRegions.join(', ') || 'none'}</dd></div>
        <div><dt>Cross-region recovery</dt><dd>{assembly.allowCrossRegionRecovery ? 'allowed' : 'not allowed'}</dd></div>
      </dl>
      {editing && (
        <SelectionEditor assembly={assembly} etag={editing.etag} connection={connection}
          onClose={(changed) => { setEditing(null); focus.restore(); if (changed) onSaved(); }} />
      )}
    </section>
  );
}

function SelectionEditor({ assembly, etag, connection, onClose }: { assembly: AwsAssembly; etag: string | null; connection?: Connection; onClose(changed: boolean): void }) {
  const session = useSession();
  const path = { ...projectPath(session), cloudAssemblyId: assembly.id };
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [draft, setDraft] = useState<Draft>(() => draftOf(assembly));
  const [preview, setPreview] = useState<{ data?: FilterPreview; error?: unknown; loading: boolean }>({ loading: true });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const regions = ((connection?.operationalRegions ?? assembly.replicaRegions) as string[]).filter((r) => r !== assembly.sourceRegion);
  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  const filterKey = JSON.stringify(filterOf(draft));

  // The live preview: a dry run of the edited filter, a moment after the last keystroke; a late answer of an
  // older filter never replaces a newer one.
  useEffect(() => {
    let current = true;
    setPreview((p) => ({ ...p, loading: true }));
    const timer = setTimeout(() => {
      ok(session.client.POST('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/resources/preview', {
        params: { path }, body: { resourceFilterStrategy: JSON.parse(filterKey) as Filter },
      })).then((data) => { if (current) setPreview({ data, loading: false }); }, (e: unknown) => { if (current) setPreview({ error: e, loading: false }); });
    }, PREVIEW_DELAY_MS);
    return () => { current = false; clearTimeout(timer); };
  }, [filterKey]);

  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await ok(session.client.PUT('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}/resources', {
        params: { path, header: etag ? { 'if-match': etag } : {} },
        body: { resourceFilterStrategy: filterOf(draft), replicaRegions: draft.replicas.filter((r) => regions.includes(r)) as Region[], allowCrossRegionRecovery: draft.crossRegion },
      }));
      onClose(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const conflict = error instanceof ApiError && error.status === 412;
  const previewProblem = preview.error instanceof ApiError && Object.keys(preview.error.fieldErrors).length ? preview.error : null;
  return (
    <form className="card form selection-editor" onSubmit={save} aria-label="Edit the selection">
      <h3 ref={heading} tabIndex={-1}>Edit the selection of {assembly.name}</h3>
      {conflict ? (
        <div className="banner conflict" role="alert">
          This assembly changed since you opened the editor (someone else saved, or a protection ran): nothing was saved.
          Close the editor and open it again to edit the current version.
        </div>
      ) : <Banner error={error} fields={FIELDS} />}
      <fieldset>
        <legend>Resources of {assembly.sourceRegion}</legend>
        <label>Filter type
          <select name="filterType" value={draft.filterType} onChange={(e) => set({ filterType: e.target.value as FilterType, text: '' })}>
            <option value="tags">by tags</option><option value="vpc">everything in a VPC</option><option value="manual">by resource id</option>
          </select>
        </label>
        {draft.filterType === 'tags' && (
          <label>Tag conditions
            <select name="conditions" value={draft.conditions} onChange={(e) => set({ conditions: e.target.value as Draft['conditions'] })}>
              <option value="match-all-tags">match all tags</option><option value="match-any-tags">match any tag</option>
            </select>
          </label>
        )}
        <label>{draft.filterType === 'tags' ? 'Tags (key=value, comma-separated)' : draft.filterType === 'vpc' ? 'VPC id' : 'Resource ids (comma-separated)'}
          <input name="filter" value={draft.text} onChange={(e) => set({ text: e.target.value })} aria-describedby="selection-preview" />
        </label>
        <FieldError error={error ?? previewProblem} field="resourceFilterStrategy" />
      </fieldset>
      <Preview preview={preview} problem={!!previewProblem} />
      <fieldset>
        <legend>Replica regions</legend>
        <div className="checks">
          {regions.map((r) => (
            <label key={r} className="inline"><input type="checkbox" checked={draft.replicas.includes(r)} onChange={() => set({ replicas: draft.replicas.includes(r) ? draft.replicas.filter((x) => x !== r) : [...draft.replicas, r] })} /> {r}</label>
          ))}
        </div>
        <FieldError error={error} field="replicaRegions" />
        <label className="inline"><input type="checkbox" checked={draft.crossRegion} onChange={(e) => set({ crossRegion: e.target.checked })} /> Allow cross-region recovery</label>
      </fieldset>
      <div className="buttons">
        <button type="submit" disabled={busy || conflict}>{busy ? 'Saving…' : 'Save the selection'}</button>
        {/* Closed after a conflict, the page loads the current version at once (not at its next refresh). */}
        <button type="button" className="secondary" onClick={() => onClose(conflict)}>{conflict ? 'Close' : 'Cancel'}</button>
      </div>
    </form>
  );
}

const SHOWN = 24;

/** One line per missing dependency (a VPC that six resources need is one warning), naming what needs it. */
function groupWarnings(p: FilterPreview) {
  const names = new Map(p.resources.map((r) => [r.resourceId, r.name || r.resourceId]));
  const byDependency = new Map<string, { missingDependency: string; outcome: string; message: string; neededBy: string[] }>();
  for (const w of p.dependencyWarnings) {
    const entry = byDependency.get(w.missingDependency) ?? { missingDependency: w.missingDependency, outcome: w.outcome, message: w.message, neededBy: [] };
    const name = names.get(w.resourceId) ?? w.resourceId;
    if (!entry.neededBy.includes(name)) entry.neededBy.push(name);
    byDependency.set(w.missingDependency, entry);
  }
  return [...byDependency.values()];
}

function Preview({ preview, problem }: { preview: { data?: FilterPreview; error?: unknown; loading: boolean }; problem: boolean }) {
  const p = preview.data;
  return (
    <div className="preview" id="selection-preview" data-loading={preview.loading ? 'true' : 'false'}>
      <p className="preview-count" aria-live="polite" role="status">
        {problem ? 'Nothing to preview until the filter is corrected.'
          : preview.error && !preview.loading ? 'The preview failed (see below).'
            : !p ? 'Looking at what this filter selects…'
              : <><strong data-count={p.resourceCount}>Selects {p.resourceCount} resource{p.resourceCount === 1 ? '' : 's'} now</strong>
                {p.capturedDependencies.length ? `, and captures ${p.capturedDependencies.length} dependenc${p.capturedDependencies.length === 1 ? 'y' : 'ies'} as configuration` : ''}
                {preview.loading ? ' (updating…)' : ''}</>}
      </p>
      {!problem && preview.error ? <Banner error={preview.error} /> : null}
      {p && !problem && (
        <>
          {p.resources.length > 0 && (
            <ul className="preview-resources" aria-label="Selected resources">
              {p.resources.slice(0, SHOWN).map((r) => <li key={r.resourceId} data-resource={r.resourceId}><span>{r.name || r.resourceId}</span> <span className="muted small">{r.type}</span></li>)}
              {p.resources.length > SHOWN && <li className="muted">and {p.resources.length - SHOWN} more</li>}
            </ul>
          )}
          {p.dependencyWarnings.length > 0 && (
            <div className="warnings">
              <h4>Dependency warnings</h4>
              <ul aria-label="Dependency warnings">
                {groupWarnings(p).map((w) => (
                  <li key={w.missingDependency} data-dependency={w.missingDependency} data-outcome={w.outcome}>{w.message}<span className="muted"> · needed by {w.neededBy.join(', ')}</span></li>
                ))}
              </ul>
            </div>
          )}
          {p.unknownResourceIds.length > 0 && <p className="error-text small">Not found in {'the source region'}: {p.unknownResourceIds.join(', ')}</p>}
        </>
      )}
    </div>
  );
}

/** Delete the assembly after typing its name; the snapshots of its protections go with it (locked ones hold it). */
export function DeleteAssembly({ assembly, etag }: { assembly: AwsAssembly; etag: string | null }) {
  const session = useSession();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const focus = useFocusReturn();
  if (assembly.status === 'deleted' || assembly.status.startsWith('delete-') && assembly.status !== 'delete-failed') return null;

  async function remove(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await ok(session.client.DELETE('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies/{cloudAssemblyId}', {
        params: { path: { ...projectPath(session), cloudAssemblyId: assembly.id }, header: etag ? { 'if-match': etag } : {} },
      }));
      navigate('/');
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="delete-heading" className="danger-zone">
      <h2 id="delete-heading">Delete this assembly</h2>
      <p className="small muted">Deleting removes the assembly, its policies and the snapshots of its protections. Locked protections hold the deletion until they are unlocked.</p>
      {!open ? (
        <button type="button" className="danger" onClick={() => { focus.remember(); setOpen(true); }}>Delete {assembly.name}…</button>
      ) : (
        <DeleteConfirm name={assembly.name} typed={typed} setTyped={setTyped} busy={busy} error={error} onSubmit={remove}
          onCancel={() => { setOpen(false); setTyped(''); setError(null); focus.restore(); }} />
      )}
    </section>
  );
}

function DeleteConfirm({ name, typed, setTyped, busy, error, onSubmit, onCancel }: {
  name: string; typed: string; setTyped(v: string): void; busy: boolean; error: unknown; onSubmit(e: FormEvent): void; onCancel(): void;
}) {
  const input = useFocusOnMount<HTMLInputElement>();
  const conflict = error instanceof ApiError && error.status === 412;
  return (
    <form className="card form" onSubmit={onSubmit} aria-label={`Delete ${name}`}>
      {conflict ? <div className="banner" role="alert">This assembly changed since the page loaded: nothing was deleted. Look at it again, then delete.</div> : <Banner error={error} />}
      <label>Type <strong>{name}</strong> to confirm<input ref={input} name="confirmName" value={typed} autoComplete="off" onChange={(e) => setTyped(e.target.value)} /></label>
      <div className="buttons">
        <button type="submit" className="danger" disabled={busy || typed !== name}>{busy ? 'Deleting…' : 'Delete the assembly and its snapshots'}</button>
        <button type="button" className="secondary" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
