// Create a cloud connection. The server validates; its field errors are shown next to these fields.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ok } from '../../src/client/client.ts';
import { Banner, FieldError } from './errors.tsx';
import { projectPath, useSession } from './session.ts';
import { SERVICES, type NewConnection, type Region, type Service } from './types.ts';

const FIELDS = ['name', 'description', 'accessMethod', 'operationalRegions', 'services'];

export function ConnectionForm({ onCreated }: { onCreated(): void }) {
  const session = useSession();
  // Focus moves into the form when it opens (the estate gives it back to its button when it closes).
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [method, setMethod] = useState<'iam-role' | 'access-key'>('iam-role');
  const [roleArn, setRoleArn] = useState('arn:aws:iam::111111111111:role/LifeboatAccess');
  const [accessKeyId, setAccessKeyId] = useState('');
  const [secret, setSecret] = useState('');
  const [regions, setRegions] = useState('us-east-1, us-west-2');
  const [services, setServices] = useState<Service[]>(['VPC', 'EC2', 'EBS', 'RDS', 'DynamoDB', 'S3']);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const body: NewConnection = {
      name, description,
      accessMethod: method === 'iam-role' ? { type: 'iam-role', roleArn } : { type: 'access-key', accessKeyId, secretAccessKey: secret },
      operationalRegions: regions.split(/[\s,]+/).filter(Boolean) as Region[],
      services,
    };
    setBusy(true);
    try {
      await ok(session.client.POST('/api/v1/accounts/{accountId}/projects/{projectId}/aws/cloud-connections', { params: { path: projectPath(session) }, body }));
      setError(null);
      setName('');
      setDescription('');
      setSecret('');
      onCreated();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const toggle = (service: Service) => setServices((list) => (list.includes(service) ? list.filter((s) => s !== service) : [...list, service]));
  return (
    <form className="card form" onSubmit={submit} aria-label="New cloud connection">
      <h3 ref={heading} tabIndex={-1}>New cloud connection</h3>
      <Banner error={error} fields={FIELDS} />
      <label>Name<input name="name" value={name} onChange={(e) => setName(e.target.value)} /></label>
      <FieldError error={error} field="name" />
      <label>Description<input name="description" value={description} onChange={(e) => setDescription(e.target.value)} /></label>
      <FieldError error={error} field="description" />
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
      <button type="submit" disabled={busy}>{busy ? 'Creating…' : 'Create connection'}</button>
    </form>
  );
}
