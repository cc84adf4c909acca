import { describe, expect, it } from 'vitest';
import { isolateStep, type IsolationContext } from './isolation.ts';

const context = (isolation: IsolationContext['isolation'], sameAccountAndRegion: boolean): IsolationContext => ({
  isolation, sameAccountAndRegion, levels: new Map([['subnet-1', 0], ['nat-1', 1]]), resourceIds: new Set(['subnet-1', 'nat-1']), idsByArn: new Map(),
});

describe('isolation: addresses the source holds', () => {
  for (const [isolation, same] of [['isolated', true], ['as-captured', true], ['as-captured', false]] as const) {
    it(`a NAT gateway's Elastic IP is never carried over (${isolation}, same account and region: ${same})`, () => {
      const step = { sourceResourceId: 'nat-1', level: 1, configuration: { subnetId: 'subnet-1', connectivityType: 'public', allocationId: 'eipalloc-0abc' }, dependencies: ['subnet-1'] };
      const result = isolateStep(step, context(isolation, same));
      expect(result.configuration).toEqual({ subnetId: 'subnet-1', connectivityType: 'public' });
      expect(result.droppedReferences).toEqual([{ field: 'allocationId', reference: 'eipalloc-0abc', reason: expect.stringMatching(/given a new address/) }]);
      expect(result.dependencies).toEqual(['subnet-1']);
    });
  }
});
