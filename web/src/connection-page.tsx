// One cloud connection: its status and connectivity with the message, regions and services, the resource
// inventory (filtered by region, service, type and tag; paged), verify and sync with their progress, deletion
// protection, the IAM role template to download; editing, rotating the credentials and deleting (connection-edit.tsx).
import { useRef, useState } from 'react';
import { ConnectionEdit, type EditPanel } from './connection-edit.tsx';
import { ok } from '../../src/client/client.ts';
import { Banner } from './errors.tsx';
import { Badge, toneOf, when } from './format.tsx';
import { projectPath, useSession } from './session.ts';
import { StatusMessage } from './status-message.tsx';
import { SERVICES, type Region, type Service } from './types.ts';
import { useResource } from './use-resource.ts';

const PAGE = 50;

export function ConnectionPage({ connectionId }: { connectionId: number }) {
  const session = useSession();
  const path = { ...projectPath(session), id: connectionId };
  const connection = useResource(
    () => ok(session.client.GET('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-connections/{id}', { params: { path } })),
    [session, connectionId],
    (c) => (c.connectivityStatus === 'pending' || c.syncStatus === 'queued' || c.syncStatus === 'running' || c.status === 'delete-pending' || c.status === 'delete-in-progress' ? 1000 : undefined),
  );
  const [filters, setFilters] = useState({ region: '', service: '', type: '', tag: '' });
  const [page, setPage] = useState(0);
  const inventory = useResource(
    () => ok(session.client.GET('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-connections/{id}/resources', {
      params: {
        path,
        query: {
          ...(filters.region ? { region: filters.region as Region } : {}), ...(filters.service ? { service: filters.service as Service } : {}),
          ...(filters.type ? { type: filters.type } : {}), ...(filters.tag ? { tag: filters.tag } : {}),
        },
        header: { range: `items=${page * PAGE + 1}-${(page + 1) * PAGE}` },
      },
    })),
    [session, connectionId, filters.region, filters.service, filters.type, filters.tag, page, connection.data?.lastSync],
  );
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [panel, setPanel] = useState<EditPanel | null>(null);
  const [notice, setNotice] = useState('');
  const opener = useRef<HTMLButtonElement | null>(null);
  const openPanel = (which: EditPanel, button: HTMLButtonElement) => { opener.current = button; setNotice(''); setPanel(which); };
  const closePanel = () => { setPanel(null); requestAnimationFrame(() => opener.current?.focus()); };

  async function act(what: 'verify' | 'sync' | 'protect' | 'unprotect' | 'template') {
    setBusy(true);
    setError(null);
    try {
      if (what === 'verify') await ok(session.client.POST('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-connections/{id}/verify', { params: { path } }));
      else if (what === 'sync') await ok(session.client.POST('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-connections/{id}/sync', { params: { path } }));
      else if (what === 'template') {
        const template = await ok(session.client.GET('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-connections/{id}/cloudformation-template', { params: { path } }));
        const link = document.createElement('a');
        link.href = URL.createObjectURL(new Blob([JSON.stringify(template, null, 2)], { type: 'application/json' }));
        link.download = `lifeboat-role-${connection.data?.name ?? connectionId}.json`;
        link.click();
      } else await ok(session.client.PUT('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-connections/{id}/deletion-protection', { params: { path }, body: { enabled: what === 'protect' } }));
      connection.reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  if (!connection.data) return connection.error ? <><h1>Cloud connection</h1><Banner error={connection.error} /></> : <p className="muted">Loading…</p>;
  const c = connection.data;
  const setFilter = (change: Partial<typeof filters>) => { setFilters((f) => ({ ...f, ...change })); setPage(0); };
  return (
    <>
      <div className="section-head">
        <h1>{c.name} <Badge status={c.status} tone={toneOf(c.status) === 'good' && c.connectivityStatus !== 'success' ? 'idle' : undefined} /></h1>
        <div className="buttons">
          <button type="button" className="secondary" disabled={busy || c.connectivityStatus === 'pending'} onClick={() => void act('verify')}>Verify</button>
          <button type="button" className="secondary" disabled={busy || c.syncStatus === 'queued' || c.syncStatus === 'running'} onClick={() => void act('sync')}>Sync the inventory</button>
          <button type="button" className="secondary" disabled={busy} onClick={() => void act('template')}>Download the IAM role template</button>
        </div>
      </div>
      {c.description && <p className="muted">{c.description}</p>}
      {!c.status.startsWith('delete') && (
        <div className="buttons edit-buttons">
          <button type="button" className="secondary" aria-expanded={panel === 'general'} onClick={(e) => openPanel('general', e.currentTarget)}>Edit name and description</button>
          <button type="button" className="secondary" aria-expanded={panel === 'regions'} onClick={(e) => openPanel('regions', e.currentTarget)}>Edit regions and services</button>
          <button type="button" className="secondary" aria-expanded={panel === 'credentials'} onClick={(e) => openPanel('credentials', e.currentTarget)}>Rotate credentials</button>
          <button type="button" className="danger" aria-expanded={panel === 'delete'} onClick={(e) => openPanel('delete', e.currentTarget)}>Delete…</button>
        </div>
      )}
      <p className="small notice" role="status" aria-live="polite">{notice}</p>
      {panel && <ConnectionEdit key={panel} panel={panel} connection={c} onClose={closePanel} onDone={(message) => { setNotice(message); connection.reload(); closePanel(); }} />}
      <Banner error={error} />
      <dl className="facts">
        <div><dt>Connectivity</dt><dd className="connectivity" aria-live="polite"><Badge status={c.connectivityStatus} /> {c.connectivityMessage}{c.lastVerifiedAt ? <div className="muted small">verified {when(c.lastVerifiedAt)}</div> : null}</dd></div>
        <div><dt>Inventory sync</dt><dd className="sync" aria-live="polite"><Badge status={c.syncStatus} tone={c.syncStatus === 'queued' || c.syncStatus === 'running' ? 'busy' : undefined} />{c.syncMessage ? ` · ${c.syncMessage}` : ''}<div className="muted small">last {when(c.lastSync)}</div></dd></div>
        <div><dt>AWS account</dt><dd className="mono">{c.awsAccountId ?? '—'}</dd></div>
        <div><dt>Access</dt><dd className="mono">{c.accessMethod.type === 'iam-role' ? c.accessMethod.roleArn : `access key ${c.accessMethod.accessKeyId}`}</dd></div>
        <div><dt>Regions</dt><dd>{c.operationalRegions.join(', ')}</dd></div>
        <div><dt>Services</dt><dd>{c.services.join(', ')}</dd></div>
        <div><dt>Deletion protection</dt><dd className="deletion-protection">{c.deletionProtection ? 'on' : 'off'}{' '}
          <button type="button" id="deletion-protection" className="link" disabled={busy} onClick={() => void act(c.deletionProtection ? 'unprotect' : 'protect')}>{c.deletionProtection ? 'turn off' : 'turn on'}</button></dd></div>
        {c.statusMessage && <div><dt>Status</dt><dd><StatusMessage text={c.statusMessage} links={{ deletionProtection: '#deletion-protection' }} /></dd></div>}
      </dl>
      <section>
        <h2>Resources</h2>
        <div className="filters">
          <label className="inline">Region
            <select value={filters.region} onChange={(e) => setFilter({ region: e.target.value })}><option value="">any</option>{c.operationalRegions.map((r) => <option key={r}>{r}</option>)}</select>
          </label>
          <label className="inline">Service
            <select value={filters.service} onChange={(e) => setFilter({ service: e.target.value })}><option value="">any</option>{SERVICES.filter((s) => c.services.includes(s)).map((s) => <option key={s}>{s}</option>)}</select>
          </label>
          <label className="inline">Type<input value={filters.type} onChange={(e) => setFilter({ type: e.target.value })} placeholder="ec2:instance" size={14} /></label>
          <label className="inline">Tag<input value={filters.tag} onChange={(e) => setFilter({ tag: e.target.value })} placeholder="app=shop" size={12} /></label>
        </div>
        <Banner error={inventory.error} />
        {!inventory.data ? <p className="muted">Loading…</p> : !inventory.data.length ? <p className="muted">No resources{filters.region || filters.service || filters.type || filters.tag ? ' match' : ' yet: sync the inventory'}.</p> : (
          <div className="table-wrap">
            <table className="list" aria-label="Inventory">
              <thead><tr><th>Resource</th><th>Type</th><th>Region</th><th>Tags</th><th>Discovered</th></tr></thead>
              <tbody>
                {inventory.data.map((r) => (
                  <tr key={`${r.region}/${r.resourceId}`} data-resource={r.resourceId}>
                    <td className="wide"><strong>{r.name || r.resourceId}</strong><div className="mono muted">{r.resourceId}</div></td>
                    <td className="small nowrap">{r.type}</td>
                    <td className="small">{r.region}</td>
                    <td className="small">{Object.entries(r.tags).map(([k, v]) => `${k}=${v}`).join(', ') || '—'}</td>
                    <td className="small">{when(r.discoveredAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <div className="buttons">
          <button type="button" className="secondary" disabled={page === 0} onClick={() => setPage((p) => p - 1)}>Previous</button>
          <span className="small muted">page {page + 1}</span>
          <button type="button" className="secondary" disabled={(inventory.data?.length ?? 0) < PAGE} onClick={() => setPage((p) => p + 1)}>Next</button>
        </div>
      </section>
    </>
  );
}
