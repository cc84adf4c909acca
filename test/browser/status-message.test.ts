// The server's status messages as the console shows them (web/src/api-pointers.ts), without a browser: a pointer
// written for API users ("see GET …/resources", "(PUT …/deletion-protection)") becomes the console's words with a
// link to its own page that has the answer; everything else is the server's text, unchanged.
import { describe, expect, it } from 'vitest';
import { inConsoleWords } from '../../web/src/api-pointers.ts';

const links = { dependencies: '/p?show=dependency', failedResources: '/p?show=failed', deletionProtection: '#deletion-protection' };

describe("the server's messages in the console's words", () => {
  it('a protection: the dependencies and the failed snapshots are links to the protection page, filtered', () => {
    expect(inConsoleWords('1 dependency outside the selection captured as configuration (no data snapshot): see GET …/resources', links)).toEqual([
      '1 dependency outside the selection captured as configuration (no data snapshot): ', { words: 'see which', href: '/p?show=dependency' },
    ]);
    expect(inConsoleWords("1 of 6 snapshots failed; 2 replica copies failed: see each resource's error", links)).toEqual([
      '1 of 6 snapshots failed; 2 replica copies failed: ', { words: "see each resource's error", href: '/p?show=failed' },
    ]);
  });

  it('a recovery, and a drill run that quotes it, in the middle of the text', () => {
    expect(inConsoleWords("Drill failed: the recovery ended partially-completed (1 failed, 2 skipped (a dependency was not recovered) of 12 resources: see each resource's error. Validation failed: http: GET https://x/ answered 500)", links)).toEqual([
      'Drill failed: the recovery ended partially-completed (1 failed, 2 skipped (a dependency was not recovered) of 12 resources: ',
      { words: "see each resource's error", href: '/p?show=failed' },
      '. Validation failed: http: GET https://x/ answered 500)',
    ]);
  });

  it('a connection held by its deletion protection: "turn it off" leads to the switch', () => {
    expect(inConsoleWords('Deletion protection is on: turn it off (PUT …/deletion-protection) and the deletion proceeds', links)).toEqual([
      'Deletion protection is on: ', { words: 'turn it off', href: '#deletion-protection' }, ' and the deletion proceeds',
    ]);
  });

  it('an assembly whose stored filter was repaired: edit the selection, then enable it, on its page', () => {
    expect(inConsoleWords('resourceFilterStrategy held "x", which is not a filter: it was replaced by an empty selection and the assembly disabled. '
      + 'Set a filter with PUT …/resources, then PUT …/status {"status": "enabled"}.', { selection: '#edit-selection' })).toEqual([
      'resourceFilterStrategy held "x", which is not a filter: it was replaced by an empty selection and the assembly disabled. ',
      { words: 'Edit the selection, then enable the assembly', href: '#edit-selection' }, '.',
    ]);
  });

  it('without a page to link to, the pointer becomes plain words, never the API path', () => {
    const pieces = inConsoleWords('1 dependency outside the selection captured as configuration (no data snapshot): see GET …/resources', {});
    expect(pieces).toEqual(["1 dependency outside the selection captured as configuration (no data snapshot): listed on the protection's page"]);
    expect(inConsoleWords('Deletion protection is on: turn it off (PUT …/deletion-protection) and the deletion proceeds', {}))
      .toEqual(["Deletion protection is on: turn it off (the connection's deletion protection) and the deletion proceeds"]);
  });

  it('a message with no pointer is the server text as it is', () => {
    expect(inConsoleWords('Cancelled: 2 of 6 snapshots had been taken and are kept until pruned', links)).toEqual(['Cancelled: 2 of 6 snapshots had been taken and are kept until pruned']);
    expect(inConsoleWords('', links)).toEqual([]);
  });
});
