// EC2 instance types Lifeboat knows the size of: the vCPUs an instance counts against the account's
// "Running On-Demand Standard (A, C, D, H, I, M, R, T, Z) instances" quota (L-1216C47A, counted in vCPUs),
// from AWS's instance type pages. The simulated AWS enforces that quota with it, and the pre-flight check
// forecasts a recovery's use with it. A type not listed counts as UNKNOWN_INSTANCE_VCPUS and is named in the check.

const SIZES: Readonly<Record<string, number>> = {
  nano: 2, micro: 2, small: 2, medium: 2, large: 2, xlarge: 4, '2xlarge': 8, '4xlarge': 16, '8xlarge': 32, '12xlarge': 48, '16xlarge': 64, '24xlarge': 96,
};

/** Families in the Standard on-demand quota (A, C, D, H, I, M, R, T, Z) whose vCPUs follow SIZES. */
const STANDARD_FAMILIES = /^(a1|c[4-8][a-z]*|d[23][a-z]*|h1|i[34][a-z]*|m[4-8][a-z]*|r[4-8][a-z]*|t[234][a-z]*|z1d)$/;

/** What an unknown type is assumed to use: a forecast errs on the large side. */
export const UNKNOWN_INSTANCE_VCPUS = 8;

/** The vCPUs of a Standard-family type (`t3.medium` → 2), or undefined when Lifeboat does not know the type. */
export function instanceVcpus(instanceType: string): number | undefined {
  const [family, size] = instanceType.split('.');
  if (!family || !size || !STANDARD_FAMILIES.test(family)) return undefined;
  // t2/t3 nano to small are 1 vCPU on t2, 2 on t3 and later; AWS counts t2.nano/micro/small as 1.
  if (family === 't2' && (size === 'nano' || size === 'micro' || size === 'small')) return 1;
  return SIZES[size];
}
