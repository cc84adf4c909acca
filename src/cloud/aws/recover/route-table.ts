import { isNotFound } from '../errors.ts';
import type { Session } from '../session.ts';
import { settled } from '../wait.ts';
import { ec2Kind, ignore, tagSpec } from './ec2-kind.ts';
import { dependencyOf } from './shared.ts';
import { commandsOf, type EC2Client } from '../clients.ts';

const { AssociateRouteTableCommand, CreateRouteCommand, CreateRouteTableCommand, DeleteRouteTableCommand, DescribeRouteTablesCommand, DisassociateRouteTableCommand, ReplaceRouteTableAssociationCommand } = commandsOf('ec2');

const soon = <T>(session: Session, what: string, call: () => Promise<T>) => settled(what, call, session.settings, isNotFound);
const gone = (error: unknown) => { if (!isNotFound(error)) throw error; };

type Route = { destinationCidrBlock?: string; gatewayId?: string; natGatewayId?: string };

/** The VPC's main route-table association (every VPC has one), and the table holding it. */
async function mainAssociation(ec2: EC2Client, VpcId: string) {
  const answer = await ec2.send(new DescribeRouteTablesCommand({ Filters: [{ Name: 'vpc-id', Values: [VpcId] }, { Name: 'association.main', Values: ['true'] }] }));
  const table = answer.RouteTables?.[0];
  const association = table?.Associations?.find((a) => a.Main);
  return association?.RouteTableAssociationId ? { associationId: association.RouteTableAssociationId, routeTableId: table!.RouteTableId! } : undefined;
}

/**
 * The routes to a recovered internet or NAT gateway and the subnet associations; a table that was
 * its VPC's main one becomes main again (subnets without an association of their own use it).
 */
export const routeTable = ec2Kind({
  arnKind: 'route-table', type: 'ec2:route-table',
  describe: async (ec2, Filters, RouteTableIds) => ((await ec2.send(new DescribeRouteTablesCommand({ Filters, RouteTableIds }))).RouteTables ?? []).map((t) => t.RouteTableId!),
  async create(ec2, request) {
    const [VpcId] = dependencyOf(request, 'vpc');
    const answer = await ec2.send(new CreateRouteTableCommand({ VpcId, TagSpecifications: tagSpec('route-table', request) }));
    return answer.RouteTable!.RouteTableId!;
  },
  async complete(ec2, request, RouteTableId, session) {
    const [gateway] = dependencyOf(request, 'igw');
    const nats = dependencyOf(request, 'nat');
    const routes = (Array.isArray(request.configuration.routes) ? request.configuration.routes : []) as Route[];
    for (const route of routes) {
      if (!route.destinationCidrBlock) continue;
      // The configuration names the recovered NAT gateway when it was recovered (it is then a dependency).
      const target = route.gatewayId?.startsWith('igw-') && gateway ? { GatewayId: gateway }
        : route.natGatewayId && nats.includes(route.natGatewayId) ? { NatGatewayId: route.natGatewayId } : undefined;
      if (!target) continue;
      await soon(session, `route table ${RouteTableId}`, () => ec2.send(new CreateRouteCommand({ RouteTableId, DestinationCidrBlock: route.destinationCidrBlock, ...target }))
        .then(() => undefined, ignore('RouteAlreadyExists')));
    }
    for (const SubnetId of dependencyOf(request, 'subnet')) {
      await soon(session, `route table ${RouteTableId}`, () => ec2.send(new AssociateRouteTableCommand({ RouteTableId, SubnetId })).then(() => undefined, ignore('Resource.AlreadyAssociated')));
    }
    const [VpcId] = dependencyOf(request, 'vpc');
    if (request.configuration.main === true && VpcId) {
      const main = await soon(session, `VPC ${VpcId}`, () => mainAssociation(ec2, VpcId));
      if (main && main.routeTableId !== RouteTableId) await ec2.send(new ReplaceRouteTableAssociationCommand({ AssociationId: main.associationId, RouteTableId }));
    }
  },
  /** A main table cannot be deleted: the main association goes back to another table of the VPC first (its own first table). */
  async remove(ec2, RouteTableId) {
    const table = (await ec2.send(new DescribeRouteTablesCommand({ RouteTableIds: [RouteTableId] }))).RouteTables?.[0];
    for (const a of table?.Associations ?? []) {
      if (a.Main && a.RouteTableAssociationId && table?.VpcId) {
        const others = (await ec2.send(new DescribeRouteTablesCommand({ Filters: [{ Name: 'vpc-id', Values: [table.VpcId] }] }))).RouteTables ?? [];
        const other = others.find((t) => t.RouteTableId !== RouteTableId);
        // The VPC's last table: it goes with the VPC.
        if (!other) return;
        await ec2.send(new ReplaceRouteTableAssociationCommand({ AssociationId: a.RouteTableAssociationId, RouteTableId: other.RouteTableId }));
      } else if (a.RouteTableAssociationId) {
        await ec2.send(new DisassociateRouteTableCommand({ AssociationId: a.RouteTableAssociationId })).catch(gone);
      }
    }
    await ec2.send(new DeleteRouteTableCommand({ RouteTableId }));
  },
});
