// Create a cloud assembly: one connection, one source region, a resource filter, replica regions.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ok } from '../../src/client/client.ts';
import { Banner, FieldError } from './errors.tsx';
import { projectPath, useSession } from './session.ts';
import type { Connection, NewAssembly, Region } from './types.ts';

const FIELDS = ['name', 'description', 'cloudConnectionId', 'sourceRegion', 'resourceFilterStrategy', 'replicaRegions', 'allowCrossRegionRecovery'];

function parseTags(text: string) {
  return text.split(/[\n,]+/).map((pair) => pair.trim()).filter(Boolean).map((pair) => {
    const at = pair.indexOf('=');
    return at < 0 ? { key: pair, value: '' } : { key: pair.slice(0, at).trim(), value: pair.slice(at + 1).trim() };
  });
}

export function AssemblyForm({ connections, onCreated }: { connections: readonly Connection[]; onCreated(): void }) {
  const session = useSession();
  // Focus moves into the form when it opens (the estate gives it back to its button when it closes).
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const usable = connections.filter((c) => !c.status.startsWith('delete'));
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [connectionId, setConnectionId] = useState<number | ''>(usable[0]?.id ?? '');
  const connection = usable.find((c) => c.id === connectionId) ?? usable[0];
  const regions = (connection?.operationalRegions ?? []) as Region[];
  const [sourceRegion, setSourceRegion] = useState<Region | ''>('');
  const source = sourceRegion && regions.includes(sourceRegion) ? sourceRegion : regions[0];
  const [filterType, setFilterType] = useState<'tags' | 'vpc' | 'manual'>('tags');
  const [conditions, setConditions] = useState<'match-all-tags' | 'match-any-tags'>('match-all-tags');
  const [filterText, setFilterText] = useState('app=shop');
  const [replicas, setReplicas] = useState<Region[]>([]);
  const [crossRegion, setCrossRegion] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const resourceFilterStrategy: NewAssembly['resourceFilterStrategy'] =
      filterType === 'tags' ? { filterType, conditions, tags: parseTags(filterText) }
        : filterType === 'vpc' ? { filterType, vpcId: filterText.trim() }
          : { filterType, resourceIds: filterText.split(/[\s,]+/).filter(Boolean) };
    const body: NewAssembly = {
      name, description, cloudConnectionId: Number(connection?.id ?? 0), sourceRegion: source as Region, resourceFilterStrategy,
      replicaRegions: replicas.filter((r) => r !== source && regions.includes(r)), allowCrossRegionRecovery: crossRegion,
    };
    setBusy(true);
    try {
      await ok(session.client.POST('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-assemblies', { params: { path: projectPath(session) }, body }));
      setError(null);
      setName('');
      setDescription('');
      onCreated();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  if (!usable.length) return <p className="muted card">Create a cloud connection first.</p>;
  return (
    <form className="card form" onSubmit={submit} aria-label="New cloud assembly">
      <h3 ref={heading} tabIndex={-1}>New cloud assembly</h3>
      <Banner error={error} fields={FIELDS} />
      <label>Name<input name="name" value={name} onChange={(e) => setName(e.target.value)} /></label>
      <FieldError error={error} field="name" />
      <label>Description<input name="description" value={description} onChange={(e) => setDescription(e.target.value)} /></label>
      <label>Connection
        <select name="cloudConnectionId" value={connection?.id} onChange={(e) => setConnectionId(Number(e.target.value))}>
          {usable.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
        </select>
      </label>
      <FieldError error={error} field="cloudConnectionId" />
      <label>Source region
        <select name="sourceRegion" value={source} onChange={(e) => setSourceRegion(e.target.value as Region)}>
          {regions.map((r) => <option key={r} value={r}>{r}</option>)}
        </select>
      </label>
      <FieldError error={error} field="sourceRegion" />
      <fieldset>
        <legend>Resources</legend>
        <select aria-label="Filter type" value={filterType} onChange={(e) => setFilterType(e.target.value as typeof filterType)}>
          <option value="tags">by tags</option><option value="vpc">everything in a VPC</option><option value="manual">by resource id</option>
        </select>
        {filterType === 'tags' && (
          <select aria-label="Tag conditions" value={conditions} onChange={(e) => setConditions(e.target.value as typeof conditions)}>
            <option value="match-all-tags">match all tags</option><option value="match-any-tags">match any tag</option>
          </select>
        )}
        <label>{filterType === 'tags' ? 'Tags (key=value, comma-separated)' : filterType === 'vpc' ? 'VPC id' : 'Resource ids (comma-separated)'}
          <input name="filter" value={filterText} onChange={(e) => setFilterText(e.target.value)} />
        </label>
        <FieldError error={error} field="resourceFilterStrategy" />
      </fieldset>
      <fieldset>
        <legend>Replica regions</legend>
        <div className="checks">
          {regions.filter((r) => r !== source).map((r) => (
            <label key={r} className="inline"><input type="checkbox" checked={replicas.includes(r)} onChange={() => setReplicas((l) => (l.includes(r) ? l.filter((x) => x !== r) : [...l, r]))} /> {r}</label>
          ))}
        </div>
        <FieldError error={error} field="replicaRegions" />
        <label className="inline"><input type="checkbox" checked={crossRegion} onChange={(e) => setCrossRegion(e.target.checked)} /> Allow cross-region recovery</label>
      </fieldset>
      <button type="submit" disabled={busy}>{busy ? 'Creating…' : 'Create assembly'}</button>
    </form>
  );
}
