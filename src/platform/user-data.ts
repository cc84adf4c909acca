import type { SecretBox } from './secrets.ts';

// An EC2 instance's user data (its boot script: it often holds passwords, tokens, keys) as discovery reports it,
// base64 in the configuration's `userData`. Lifeboat keeps it sealed at rest: the catalog (and the protections and
// recoveries that copy a configuration from it) hold only `userDataSealed` (SecretBox) and the marker
// `userDataCaptured: true`; a recovery opens it just before the cloud call that launches the instance. No API answer
// carries either form: the presenters show the configuration through publicConfiguration, marker only.

/** Where discovery puts the user data, base64 (DescribeInstanceAttribute userData), and where a launch reads it. */
export const USER_DATA_KEY = 'userData';
const SEALED_KEY = 'userDataSealed';
const MARKER_KEY = 'userDataCaptured';

type Configuration = Readonly<Record<string, unknown>>;

/** The configuration as stored: user data replaced by its sealed form and the marker; without user data, unchanged. */
export function sealUserData(configuration: Configuration, box: SecretBox): Record<string, unknown> {
  const { [USER_DATA_KEY]: userData, ...rest } = configuration;
  if (typeof userData !== 'string' || userData === '') return rest;
  return { ...rest, [MARKER_KEY]: true, [SEALED_KEY]: box.seal(userData) };
}

/** The configuration a cloud call gets: the sealed user data opened into `userData`. */
export function openUserData(configuration: Configuration, box: SecretBox): Record<string, unknown> {
  const { [SEALED_KEY]: sealed, [MARKER_KEY]: _marker, ...rest } = configuration;
  if (typeof sealed !== 'string') return { ...configuration };
  return { ...rest, [USER_DATA_KEY]: box.open(sealed) };
}

/** The configuration an API answer shows: never the user data nor its sealed form, only `userDataCaptured: true`. */
export function publicConfiguration(configuration: Configuration): Record<string, unknown> {
  const { [SEALED_KEY]: sealed, [USER_DATA_KEY]: plain, ...rest } = configuration;
  return sealed !== undefined || plain !== undefined ? { ...rest, [MARKER_KEY]: true } : rest;
}
