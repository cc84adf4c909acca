// The command table: dispatch, the usage text, --help and the tests all read it. commandTable() refuses a
// command option that would shadow a global one.
import { commandTable } from '../command.ts';
import { simCommands } from '../sim-deploy-stack.ts';
import { assemblyCommands } from './assemblies.ts';
import { authCommands } from './auth.ts';
import { completionCommands } from './completion.ts';
import { connectionGroupCommands } from './connection-groups.ts';
import { connectionCommands } from './connections.ts';
import { drillCommands } from './drills.ts';
import { networkCommands } from './network.ts';
import { policyCommands } from './policies.ts';
import { protectionCommands } from './protections.ts';
import { recoveryCommands } from './recoveries.ts';
import { tenancyCommands } from './tenancy.ts';
import { webhookCommands } from './webhooks.ts';

export const COMMANDS = commandTable([
  ...authCommands, ...tenancyCommands, ...connectionCommands, ...assemblyCommands, ...policyCommands,
  ...protectionCommands, ...recoveryCommands, ...drillCommands, ...webhookCommands, ...connectionGroupCommands, ...networkCommands, ...simCommands,
  ...completionCommands,
]);
