import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sealValidators, type AssemblyValidator } from '../../src/modules/assemblies/validators.ts';
import { createSecretBox, sealedUnder } from '../../src/platform/secrets.ts';

const OLD = randomBytes(32);
const NEW = randomBytes(32);

/**
 * A master key rotation re-seals what it finds; a replace that keeps a webhook validator's secret must not write back a
 * value sealed under the old key (the rotation's last pass may already be over, and the old key is dropped next).
 */
describe('a webhook validator secret kept on replace', () => {
  it('is sealed again under the node\'s current key, so a rotation that raced the write loses nothing', () => {
    const stored: AssemblyValidator[] = [{
      type: 'webhook', name: 'smoke', url: 'https://hooks.example.com/check', secretSealed: createSecretBox(OLD).seal('s3cret-value'),
    } as AssemblyValidator];
    const box = createSecretBox(NEW, [OLD]);
    const [kept] = sealValidators([{ type: 'webhook', name: 'smoke', url: 'https://hooks.example.com/check' } as never], stored, box);
    const sealed = (kept as { secretSealed: string }).secretSealed;
    expect(sealedUnder(NEW, sealed)).toBe(true);
    expect(createSecretBox(NEW).open(sealed)).toBe('s3cret-value');
  });
});
