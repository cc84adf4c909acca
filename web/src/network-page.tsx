// Network cloud connections (the Cloud Connect v3 surface, /v3/{domain_id}/ccaas): the account's connections
// and, for each, the network instances loaded into it, the bandwidth packages bound to it and the
// inter-region bandwidths that split them. That surface takes the same service-account token in X-Auth-Token
// (not as a bearer token), under the account's domain id, or the single sign-on session's cookie.
import { ok } from '../../src/client/client.ts';
import { Banner } from './errors.tsx';
import { Badge, when } from './format.tsx';
import { onLinkClick } from './router.ts';
import { storedToken, useSession, type Session } from './session.ts';
import { useResource } from './use-resource.ts';

export const networkHref = (id: string) => `/network/${encodeURIComponent(id)}`;
const STATUS_TONE = (status: string) => (status === 'ACTIVE' ? 'good' : status === 'PENDING' ? 'busy' : status === 'ERROR' ? 'bad' : 'idle');

/** The account's domain id and the header the surface reads the token from (none when signed in by SSO: the cookie is the session). */
async function networkAccess(session: Session): Promise<{ domain_id: string; headers: { 'x-auth-token'?: string } }> {
  const account = await ok(session.client.GET('/api/v1/accounts/{accountId}', { params: { path: { accountId: session.accountId } } }));
  const token = storedToken().token;
  return { domain_id: account.domainId, headers: token ? { 'x-auth-token': token } : {} };
}

const projectLabel = (session: Session, enterpriseProjectId: string) => {
  const id = enterpriseProjectId === '0' ? 'default' : enterpriseProjectId;
  return session.projects.find((p) => p.id === id)?.name ?? id;
};

export function NetworkPage() {
  const session = useSession();
  const connections = useResource(async () => {
    const { domain_id, headers } = await networkAccess(session);
    return ok(session.client.GET('/v3/{domain_id}/ccaas/cloud-connections', { params: { path: { domain_id }, query: { limit: 1000 } }, headers }));
  }, [session]);
  const list = connections.data?.cloud_connections ?? [];
  return (
    <section>
      <h1>Network cloud connections</h1>
      <p className="muted">Cloud Connect connections of the account (the network surface, <code>/v3/&#123;domain_id&#125;/ccaas</code>), with what is attached to each.</p>
      <Banner error={connections.error} />
      {!connections.data ? <p className="muted">Loading…</p> : !list.length ? <p className="muted">No network cloud connections.</p> : (
        <div className="table-wrap">
          <table className="list" aria-label="Network cloud connections">
            <thead><tr><th>Name</th><th>Status</th><th>Project</th><th>Attached</th><th>Created</th></tr></thead>
            <tbody>
              {list.map((c) => (
                <tr key={c.id} data-network-connection={c.name}>
                  <td><a href={networkHref(c.id)} onClick={onLinkClick}><strong>{c.name}</strong></a>{c.description && <div className="muted small">{c.description}</div>}</td>
                  <td><Badge status={c.status} tone={STATUS_TONE(c.status)} /></td>
                  <td className="small">{projectLabel(session, c.enterprise_project_id)}</td>
                  <td className="small attached">{c.network_instance_number} network instances · {c.bandwidth_package_number} bandwidth packages · {c.inter_region_bandwidth_number} inter-region bandwidths</td>
                  <td className="small">{when(c.created_at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function NetworkConnectionPage({ cloudConnectionId }: { cloudConnectionId: string }) {
  const session = useSession();
  const details = useResource(async () => {
    const { domain_id, headers } = await networkAccess(session);
    const byConnection = { cloud_connection_id: [cloudConnectionId], limit: 1000 };
    const [connection, instances, packages, bandwidths] = await Promise.all([
      ok(session.client.GET('/v3/{domain_id}/ccaas/cloud-connections/{id}', { params: { path: { domain_id, id: cloudConnectionId } }, headers })),
      ok(session.client.GET('/v3/{domain_id}/ccaas/network-instances', { params: { path: { domain_id }, query: byConnection }, headers })),
      ok(session.client.GET('/v3/{domain_id}/ccaas/bandwidth-packages', { params: { path: { domain_id }, query: byConnection }, headers })),
      ok(session.client.GET('/v3/{domain_id}/ccaas/inter-region-bandwidths', { params: { path: { domain_id }, query: byConnection }, headers })),
    ]);
    return { connection: connection.cloud_connection, instances: instances.network_instances, packages: packages.bandwidth_packages, bandwidths: bandwidths.inter_region_bandwidths };
  }, [session, cloudConnectionId]);

  const back = <p><a href="/network" onClick={onLinkClick}>← Network cloud connections</a></p>;
  if (!details.data) return details.error ? <>{back}<h1>Network cloud connection</h1><Banner error={details.error} /></> : <p className="muted">Loading…</p>;
  const { connection: c, instances, packages, bandwidths } = details.data;
  return (
    <>
      {back}
      <h1>{c.name} <Badge status={c.status} tone={STATUS_TONE(c.status)} /></h1>
      {c.description && <p className="muted">{c.description}</p>}
      <dl className="facts">
        <div><dt>Id</dt><dd className="mono">{c.id}</dd></div>
        <div><dt>Project</dt><dd>{projectLabel(session, c.enterprise_project_id)}</dd></div>
        <div><dt>Used for</dt><dd>{c.used_scene}</dd></div>
        <div><dt>Administrative state</dt><dd>{c.admin_state_up ? 'up' : 'down'}</dd></div>
        <div><dt>Tags</dt><dd>{c.tags.map((t) => `${t.key}=${t.value}`).join(', ') || '—'}</dd></div>
        <div><dt>Created · updated</dt><dd>{when(c.created_at)} · {when(c.updated_at)}</dd></div>
      </dl>
      <section>
        <h2>Network instances ({instances.length})</h2>
        {!instances.length ? <p className="muted small">None loaded.</p> : (
          <div className="table-wrap">
            <table className="list" aria-label="Network instances">
              <thead><tr><th>Name</th><th>Instance</th><th>Region</th><th>CIDRs</th><th>Status</th></tr></thead>
              <tbody>
                {instances.map((n) => (
                  <tr key={n.id} data-instance={n.instance_id}>
                    <td><strong>{n.name || n.id}</strong><div className="muted small">{n.type}</div></td>
                    <td className="mono">{n.instance_id}</td>
                    <td className="small">{n.region_id}</td>
                    <td className="small mono">{n.cidrs.join(', ')}</td>
                    <td><Badge status={n.status} tone={STATUS_TONE(n.status)} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section>
        <h2>Bandwidth packages ({packages.length})</h2>
        {!packages.length ? <p className="muted small">None bound.</p> : (
          <div className="table-wrap">
            <table className="list" aria-label="Bandwidth packages">
              <thead><tr><th>Name</th><th>Areas</th><th>Bandwidth</th><th>Billing</th><th>Status</th></tr></thead>
              <tbody>
                {packages.map((p) => (
                  <tr key={p.id} data-package={p.name}>
                    <td><strong>{p.name}</strong>{p.description && <div className="muted small">{p.description}</div>}</td>
                    <td className="small">{p.local_area_id} ↔ {p.remote_area_id}</td>
                    <td className="small">{p.bandwidth} Mbit/s</td>
                    <td className="small">{p.billing_mode} · {p.charge_mode}</td>
                    <td><Badge status={p.status} tone={STATUS_TONE(p.status)} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section>
        <h2>Inter-region bandwidths ({bandwidths.length})</h2>
        {!bandwidths.length ? <p className="muted small">None.</p> : (
          <div className="table-wrap">
            <table className="list" aria-label="Inter-region bandwidths">
              <thead><tr><th>Name</th><th>Regions</th><th>Bandwidth</th><th>Package</th></tr></thead>
              <tbody>
                {bandwidths.map((b) => (
                  <tr key={b.id}>
                    <td><strong>{b.name || b.id}</strong></td>
                    <td className="small">{b.inter_regions.map((r) => `${r.local_region_id} ↔ ${r.remote_region_id}`).join(', ')}</td>
                    <td className="small">{b.bandwidth} Mbit/s</td>
                    <td className="small">{packages.find((p) => p.id === b.bandwidth_package_id)?.name ?? <span className="mono">{b.bandwidth_package_id}</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
