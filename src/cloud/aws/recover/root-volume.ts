import { isNotFound } from '../errors.ts';
import type { Session } from '../session.ts';
import { waitFor } from '../wait.ts';
import { commandsOf, type EC2Client } from '../clients.ts';

const { AttachVolumeCommand, DeleteVolumeCommand, DescribeInstancesCommand, DescribeVolumesCommand, DetachVolumeCommand, StartInstancesCommand, StopInstancesCommand } = commandsOf('ec2');

async function instanceState(ec2: EC2Client, InstanceId: string) {
  const instance = (await ec2.send(new DescribeInstancesCommand({ InstanceIds: [InstanceId] })))?.Reservations?.[0]?.Instances?.[0];
  return { state: instance?.State?.Name, mappings: instance?.BlockDeviceMappings ?? [] };
}

async function until(ec2: EC2Client, session: Session, InstanceId: string, wanted: string): Promise<void> {
  await waitFor(`EC2 instance ${InstanceId} ${wanted}`, async () => ((await instanceState(ec2, InstanceId)).state === wanted ? true : undefined), session.settings);
}

/**
 * RunInstances boots from the image's root volume, not the recovered one: the instance is stopped, the
 * image's root detached, the recovered root attached at the root device, and the instance started
 * again; the image's fresh root is deleted. Each step looks first, so a retry resumes where one stopped
 * (the image's root carries the recovery's tags, so a reset finds one a crash left behind).
 */
export async function useRecoveredRoot(ec2: EC2Client, session: Session, InstanceId: string, rootDevice: string, VolumeId: string): Promise<void> {
  const { mappings } = await instanceState(ec2, InstanceId);
  const current = mappings.find((m) => m.DeviceName === rootDevice)?.Ebs?.VolumeId;
  if (current === VolumeId) return;
  await ec2.send(new StopInstancesCommand({ InstanceIds: [InstanceId] }));
  await until(ec2, session, InstanceId, 'stopped');
  if (current) {
    await ec2.send(new DetachVolumeCommand({ VolumeId: current, InstanceId }));
    await waitFor(`detach of ${current}`, async () => ((await ec2.send(new DescribeVolumesCommand({ VolumeIds: [current] })))?.Volumes?.[0]?.State === 'available' ? true : undefined), session.settings);
  }
  await ec2.send(new AttachVolumeCommand({ InstanceId, VolumeId, Device: rootDevice }));
  await waitFor(`attach of ${VolumeId}`, async () => ((await instanceState(ec2, InstanceId)).mappings.some((m) => m.Ebs?.VolumeId === VolumeId) ? true : undefined), session.settings);
  await ec2.send(new StartInstancesCommand({ InstanceIds: [InstanceId] }));
  await until(ec2, session, InstanceId, 'running');
  if (current) await ec2.send(new DeleteVolumeCommand({ VolumeId: current })).catch((error: unknown) => { if (!isNotFound(error)) throw error; });
}
