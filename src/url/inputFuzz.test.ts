// Fuzz of the shareable-link parser (seeded fast-check, 1 000 query strings of random, malformed, repeated,
// huge and spoofing values; `npm run fuzz` runs the same cases at 10 000): decoding never throws, every rejection
// names its parameter and range, the store only gets a valid link, notices stay few, bounded and escaped, and
// the address and share link carry only valid values.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUrlState } from './urlState';
import { assertValidLink, checkQuery, queryArb } from './urlFuzzCases';
import { describeLinkIssue } from '../i18n/text/notices';

describe('URL parser fuzz', () => {
  it(
    'never throws; rejections name the parameter and range; the store only ever gets ' + 'a valid link (1 000 cases)',
    () => {
      fc.assert(
        fc.property(queryArb, (query) => {
          checkQuery(query);
        }),
        { seed: 20261127, numRuns: 1000 },
      );
    },
  );

  it('a clash whose named parameter came from the preset reverts the URL value that caused it', () => {
    // repetitionRateHz from the link makes the preset's detection window longer than a pulse period.
    const decoded = decodeUrlState('repetitionRateHz=10000000000', 1);
    assertValidLink(decoded.params);
    expect(decoded.issues.map((i) => i.key)).toEqual(['repetitionRateHz']);
    expect(describeLinkIssue(decoded.issues[0].detail, 'en')).toMatch(/Detection window .*; keeping/);
  });
});
