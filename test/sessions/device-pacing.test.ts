// RFC 8628 pacing of device polls, on an injected clock: early polls are slowed, punctual ones never are.
import { describe, expect, it } from 'vitest';
import { DevicePacing } from '../../src/modules/sessions/device-pacing.ts';

describe('device poll pacing', () => {
  it('a poll the interval after the previous one (or up to 1 s early, as jitter) is on time; sooner is too fast', () => {
    const pacing = new DevicePacing();
    pacing.started('code-a', 5, 0);
    expect(pacing.poll('code-a', 5, 5_000)).toEqual({ tooFast: false, interval: 5 });
    expect(pacing.poll('code-a', 5, 9_100)).toEqual({ tooFast: false, interval: 5 });
    expect(pacing.poll('code-a', 5, 12_000)).toEqual({ tooFast: true, interval: 5 });
    expect(pacing.slowedDown('code-a', 5, 12_000)).toBe(10);
    expect(pacing.poll('code-a', 5, 21_500)).toEqual({ tooFast: false, interval: 10 });
  });

  it('a code this process never saw is on time at its first poll, with the interval its handle carries', () => {
    expect(new DevicePacing().poll('code-b', 7, 0)).toEqual({ tooFast: false, interval: 7 });
  });

  it('forgets the least recently polled codes past its cap, and finished ones at once', () => {
    const pacing = new DevicePacing(100);
    for (let n = 0; n < 1_000; n++) pacing.started(`code-${n}`, 5, n);
    expect(pacing.size).toBe(100);
    pacing.finished('code-999');
    expect(pacing.size).toBe(99);
  });
});
