// The connection page's changes: general information, regions and services, credentials (rotated, then
// verified again), and deletion only after the operator types the connection's name. Each form takes the
// focus when it opens and gives it back to the button that opened it (the page does that).
import { useState } from 'react';
import { ok } from '../../src/client/client.ts';
import { FieldError } from './errors.tsx';
import { FormPanel } from './form-panel.tsx';
import { projectPath, useSession } from './session.ts';
import { SERVICES, type Connection, type Region, type Service } from './types.ts';

export type EditPanel = 'general' | 'regions' | 'credentials' | 'delete';

export function ConnectionEdit({ panel, connection: c, onDone, onClose }: { panel: EditPanel; connection: Connection; onDone(message: string): void; onClose(): void }) {
  const session = useSession();
  const path = { ...projectPath(session), id: c.id };
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [name, setName] = useState(c.name);
  const [description, setDescription] = useState(c.description);
  const [regions, setRegions] = useState(c.operationalRegions.join(', '));
  const [services, setServices] = useState<Service[]>([...c.services] as Service[]);
  const [method, setMethod] = useState<'iam-role' | 'access-key'>(c.accessMethod.type);
  const [roleArn, setRoleArn] = useState(c.accessMethod.type === 'iam-role' ? c.accessMethod.roleArn ?? '' : '');
  const [accessKeyId, setAccessKeyId] = useState('');
  const [secret, setSecret] = useState('');
  const [typed, setTyped] = useState('');

  async function run(call: () => Promise<unknown>, message: string) {
    setBusy(true);
    setError(null);
    try {
      await call();
      onDone(message);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  if (panel === 'general') {
    return (
      <FormPanel heading="h2" title="Edit general information" error={error} fields={['name', 'description']} busy={busy} submitText="Save" onClose={onClose}
        onSubmit={() => run(() => ok(session.client.PUT('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-connections/{id}/general-information', { params: { path }, body: { name, description } })), 'General information saved.')}>
        <label>Name<input name="name" value={name} onChange={(e) => setName(e.target.value)} /></label>
        <FieldError error={error} field="name" />
        <label>Description<input name="description" value={description} onChange={(e) => setDescription(e.target.value)} /></label>
        <FieldError error={error} field="description" />
      </FormPanel>
    );
  }
  if (panel === 'regions') {
    const toggle = (s: Service) => setServices((l) => (l.includes(s) ? l.filter((x) => x !== s) : [...l, s]));
    return (
      <FormPanel heading="h2" title="Edit regions and services" error={error} fields={['operationalRegions', 'services']} busy={busy} submitText="Save" onClose={onClose}
        onSubmit={() => run(() => ok(session.client.PUT('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-connections/{id}/regions-and-services', {
          params: { path }, body: { operationalRegions: regions.split(/[\s,]+/).filter(Boolean) as Region[], services },
        })), 'Regions and services saved: the next sync discovers accordingly.')}>
        <label>Operational regions<input name="operationalRegions" value={regions} onChange={(e) => setRegions(e.target.value)} /></label>
        <p className="hint">Comma-separated, e.g. us-east-1, us-west-2.</p>
        <FieldError error={error} field="operationalRegions" />
        <fieldset>
          <legend>Services</legend>
          <div className="checks">
            {SERVICES.map((s) => <label key={s} className="inline"><input type="checkbox" checked={services.includes(s)} onChange={() => toggle(s)} /> {s}</label>)}
          </div>
          <FieldError error={error} field="services" />
        </fieldset>
      </FormPanel>
    );
  }
  if (panel === 'credentials') {
    return (
      <FormPanel heading="h2" title="Rotate credentials" error={error} fields={['accessMethod']} busy={busy} submitText="Rotate and verify" onClose={onClose}
        onSubmit={() => run(() => ok(session.client.PUT('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-connections/{id}/credentials', {
          params: { path }, body: { accessMethod: method === 'iam-role' ? { type: 'iam-role', roleArn } : { type: 'access-key', accessKeyId, secretAccessKey: secret } },
        })), 'Credentials rotated: the connection is being verified again.')}>
        <p className="hint">The new role or key replaces the current one; the connection is verified again. A secret is stored encrypted and never shown.</p>
        <fieldset>
          <legend>Access</legend>
          <label className="inline"><input type="radio" name="method" checked={method === 'iam-role'} onChange={() => setMethod('iam-role')} /> IAM role</label>
          <label className="inline"><input type="radio" name="method" checked={method === 'access-key'} onChange={() => setMethod('access-key')} /> Access key</label>
          {method === 'iam-role' ? (
            <label>Role ARN<input name="roleArn" value={roleArn} onChange={(e) => setRoleArn(e.target.value)} /></label>
          ) : (
            <>
              <label>Access key id<input name="accessKeyId" value={accessKeyId} onChange={(e) => setAccessKeyId(e.target.value)} /></label>
              <label>Secret access key<input name="secretAccessKey" type="password" autoComplete="off" value={secret} onChange={(e) => setSecret(e.target.value)} /></label>
            </>
          )}
          <FieldError error={error} field="accessMethod" />
        </fieldset>
      </FormPanel>
    );
  }
  const matches = typed === c.name;
  return (
    <FormPanel heading="h2" title={`Delete ${c.name}`} error={error} fields={[]} busy={busy} ready={matches} danger submitText="Delete this connection" onClose={onClose}
      onSubmit={async () => { if (matches) await run(() => ok(session.client.DELETE('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-connections/{id}', { params: { path } })), 'Deletion started.'); }}>
      <p>Deleting stops Lifeboat using this AWS account: its inventory and stored secret go. {c.deletionProtection ? 'Deletion protection is on: the deletion will wait at delete-locked until it is turned off.' : ''}</p>
      <label><span>Type <strong className="mono">{c.name}</strong> to confirm</span><input name="confirmName" autoComplete="off" value={typed} onChange={(e) => setTyped(e.target.value)} /></label>
    </FormPanel>
  );
}
