// AWS connection groups (the Clumio-compatible surface, /connections/aws/connection-groups): accounts
// onboarded through a CloudFormation stack, read with the console's own bearer token in the project in view
// (the surface's organizational unit). A list and each group's details.
import { ok } from '../../src/client/client.ts';
import { Banner } from './errors.tsx';
import { Badge, when } from './format.tsx';
import { onLinkClick } from './router.ts';
import { useSession, type Session } from './session.ts';
import { useResource } from './use-resource.ts';

const unit = (session: Session) => ({ 'x-clumio-organizationalunit-context': session.projectId });
const GROUP_TONES: Record<string, 'good' | 'warn' | 'bad' | 'busy' | 'idle'> = {
  fully_connected: 'good', partially_connected: 'warn', deployment_failed: 'bad', connecting: 'busy', connected_with_no_managed_stacks: 'warn', unlinked: 'idle',
};
export const groupHref = (id: string) => `/connection-groups/${encodeURIComponent(id)}`;
const joined = (values: readonly string[] | null | undefined) => (values && values.length ? values.join(', ') : '—');

export function ConnectionGroupsPage() {
  const session = useSession();
  const groups = useResource(
    () => ok(session.client.GET('/connections/aws/connection-groups', { params: { header: unit(session), query: { limit: 100 } } })),
    [session],
  );
  const items = groups.data?._embedded.items ?? [];
  return (
    <section>
      <h1>Connection groups</h1>
      <p className="muted">AWS accounts onboarded through a CloudFormation stack (the connection-group surface, <code>/connections/aws/connection-groups</code>), in this project.</p>
      <Banner error={groups.error} />
      {!groups.data ? <p className="muted">Loading…</p> : !items.length ? <p className="muted">No connection groups in this project.</p> : (
        <div className="table-wrap">
          <table className="list" aria-label="Connection groups">
            <thead><tr><th>Accounts</th><th>Status</th><th>Regions</th><th>Asset types</th><th>Created</th></tr></thead>
            <tbody>
              {items.map((g) => (
                <tr key={g.id} data-group={g.id}>
                  <td><a href={groupHref(g.id)} onClick={onLinkClick}><strong>{g.account_name ?? joined(g.account_native_ids.length ? g.account_native_ids : g.intended_account_native_ids)}</strong></a>
                    {g.description && <div className="muted small">{g.description}</div>}</td>
                  <td><Badge status={g.status} tone={GROUP_TONES[g.status]} />{g.ongoing_stack_operation !== 'no_active_operation' && <div className="muted small">{g.ongoing_stack_operation}</div>}</td>
                  <td className="small">{joined(g.aws_regions.length ? g.aws_regions : g.intended_aws_regions)}</td>
                  <td className="small">{joined(g.asset_types_enabled.length ? g.asset_types_enabled : g.intended_asset_types)}</td>
                  <td className="small">{when(g.created_timestamp)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function ConnectionGroupPage({ groupId }: { groupId: string }) {
  const session = useSession();
  const group = useResource(
    () => ok(session.client.GET('/connections/aws/connection-groups/{connection_group_id}', { params: { path: { connection_group_id: groupId }, header: unit(session) } })),
    [session, groupId],
  );
  if (!group.data) {
    return group.error ? <><p><a href="/connection-groups" onClick={onLinkClick}>← Connection groups</a></p><h1>Connection group</h1><Banner error={group.error} /></> : <p className="muted">Loading…</p>;
  }
  const g = group.data;
  const pending = g.intended_account_native_ids || g.intended_asset_types || g.intended_aws_regions;
  return (
    <>
      <p><a href="/connection-groups" onClick={onLinkClick}>← Connection groups</a></p>
      <h1>Connection group {g.account_name ?? joined(g.account_native_ids.length ? g.account_native_ids : g.intended_account_native_ids)} <Badge status={g.status} tone={GROUP_TONES[g.status]} /></h1>
      {g.description && <p className="muted">{g.description}</p>}
      <dl className="facts">
        <div><dt>Id</dt><dd className="mono group-id">{g.id}</dd></div>
        <div><dt>Stack operation</dt><dd>{g.ongoing_stack_operation}</dd></div>
        <div><dt>AWS accounts</dt><dd className="accounts">{joined(g.account_native_ids)}</dd></div>
        <div><dt>Regions</dt><dd className="regions">{joined(g.aws_regions)}</dd></div>
        <div><dt>Asset types</dt><dd>{joined(g.asset_types_enabled)}</dd></div>
        <div><dt>Master account and region</dt><dd>{g.master_aws_account_id} · {g.master_region}</dd></div>
        <div><dt>Stack</dt><dd className="mono">{g.stack_name ?? '—'}{g.stack_arn && <div>{g.stack_arn}</div>}</dd></div>
        <div><dt>Installed template</dt><dd>{g.config ? `version ${g.config.installed_template_version}` : 'not reported yet'}</dd></div>
        <div><dt>Created</dt><dd>{when(g.created_timestamp)}</dd></div>
        <div><dt>Organizational unit</dt><dd>{g.organizational_unit_id}</dd></div>
      </dl>
      {pending && (
        <section aria-label="Pending change">
          <h2>Pending change</h2>
          <p className="muted small">Issued to the stack and not reported yet: it applies when the stack is updated with the latest template.</p>
          <dl className="facts">
            <div><dt>AWS accounts</dt><dd>{joined(g.intended_account_native_ids)}</dd></div>
            <div><dt>Regions</dt><dd>{joined(g.intended_aws_regions)}</dd></div>
            <div><dt>Asset types</dt><dd>{joined(g.intended_asset_types)}</dd></div>
          </dl>
        </section>
      )}
      <section>
        <h2>Deployment template</h2>
        <p className="small">Deploy this CloudFormation template in the master account, with the group's id and external id, to connect or update the group.</p>
        <p className="mono small template-url">{g.deployment_template_url}</p>
      </section>
    </>
  );
}
