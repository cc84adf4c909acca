import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const USAGE = `Usage: lifeboat sim deploy-stack <deployment_template_url> [options]

Plays CloudFormation on the simulated cloud: runs the connection group's template in its accounts and
regions, creates its role, and calls post-process as the stack's custom resource would.

Options:
  --fail-accounts <ids>   comma-separated accounts where the stack fails
  --fail-regions <names>  comma-separated regions where the stack fails
  --accounts <ids>        deploy to these accounts instead of the template's
  --stack-name <name>     default lifeboat-connection-group-<id prefix>
  --delete                delete the stack (the master stack last: the group is deleted)
  --url <url>             the server (default LIFEBOAT_URL, else the template URL's origin)
  --token <token>         an instance admin token (default LIFEBOAT_TOKEN, else <LIFEBOAT_DATA_DIR>/admin-token)
`;

const list = (value: string | undefined) => (value ? value.split(',').map((v) => v.trim()).filter(Boolean) : undefined);

/** `lifeboat sim deploy-stack`: a client of POST /api/v1/sim/stacks. Returns the exit code. */
export async function simDeployStack(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args], allowPositionals: true, strict: true,
    options: {
      'fail-accounts': { type: 'string' }, 'fail-regions': { type: 'string' }, accounts: { type: 'string' }, 'stack-name': { type: 'string' },
      delete: { type: 'boolean', default: false }, url: { type: 'string' }, token: { type: 'string' }, help: { type: 'boolean', default: false },
    },
  });
  if (values.help || positionals.length !== 1) {
    (values.help ? process.stdout : process.stderr).write(USAGE);
    return values.help ? 0 : 2;
  }
  const templateUrl = positionals[0]!;
  let server: string;
  try {
    server = (values.url ?? env.LIFEBOAT_URL ?? new URL(templateUrl).origin).replace(/\/+$/, '');
  } catch {
    process.stderr.write(`lifeboat: ${templateUrl} is not a URL\n`);
    return 2;
  }
  const tokenFile = path.join(env.LIFEBOAT_DATA_DIR || './data', 'admin-token');
  const token = values.token ?? env.LIFEBOAT_TOKEN ?? (fs.existsSync(tokenFile) ? fs.readFileSync(tokenFile, 'utf8').trim() : undefined);
  if (!token) {
    process.stderr.write(`lifeboat: no token: pass --token, set LIFEBOAT_TOKEN, or run where ${tokenFile} exists\n`);
    return 2;
  }
  const body = {
    templateUrl, delete: values.delete, stackName: values['stack-name'],
    accounts: list(values.accounts), failAccounts: list(values['fail-accounts']), failRegions: list(values['fail-regions']),
  };
  const res = await fetch(`${server}/api/v1/sim/stacks`, {
    method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body),
  });
  const answer = (await res.json().catch(() => ({}))) as any;
  if (!res.ok) {
    process.stderr.write(`lifeboat: ${res.status} ${answer.message ?? JSON.stringify(answer)}\n`);
    return 1;
  }
  process.stdout.write(`Stack ${answer.stackName} (template version ${answer.templateVersion}):\n`);
  for (const instance of answer.instances) {
    const callbacks = instance.postProcess.map((p: { statusCode: number; body: any }) =>
      `post-process ${p.statusCode} ${p.body?.status ?? p.body?.errors?.[0]?.error_message ?? ''}`.trim()).join('; ');
    process.stdout.write(`  ${instance.accountId} ${instance.region}: ${instance.requestType} → ${instance.status}; ${callbacks}\n`);
  }
  return answer.instances.every((i: { postProcess: Array<{ statusCode: number }> }) => i.postProcess.every((p) => p.statusCode < 300)) ? 0 : 1;
}
