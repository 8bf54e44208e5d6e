// Tests of URL encoding and decoding: minimal queries, round trips, and named messages for bad values.
import { describe, expect, it } from 'vitest';
import { defaultParams } from '../../workers/common/params';
import { presetParams } from '../../workers/common/presets';
import { decodeUrlState, encodeUrlState } from './urlState';
import { describeLinkIssue } from '../i18n/text/notices';

describe('urlState', () => {
  it('writes only the seed for the default link', () => {
    expect(encodeUrlState({ params: defaultParams(), presetId: null, seed: 7 })).toBe('seed=7');
  });

  it('writes only the preset, the seed and the params that differ from the preset', () => {
    const params = { ...presetParams('ideal-classroom'), fiberLengthKm: 120, eve: 'intercept-resend' as const };
    const query = new URLSearchParams(encodeUrlState({ params, presetId: 'ideal-classroom', seed: 1 }));
    expect(query.get('preset')).toBe('ideal-classroom');
    expect(query.get('fiberLengthKm')).toBe('120'); // equals the default but not the preset's 5 km
    expect(query.get('eve')).toBe('intercept-resend');
    // The preset's own values (which differ from the defaults) are not repeated: the QR stays small.
    expect([...query.keys()].sort()).toEqual(['eve', 'fiberLengthKm', 'preset', 'seed']);
    const decoded = decodeUrlState(query.toString(), 9);
    expect(decoded.params).toEqual(params);
  });

  it('uses no value of a repeated key, for params, preset and seed alike, and says so once per key', () => {
    const decoded = decodeUrlState(
      '?seed=1&seed=2&preset=gys-textbook&preset=ideal-classroom&fiberLengthKm=3&fiberLengthKm=4&g2Zero=0.1',
      5,
    );
    expect(decoded.seed).toBe(5);
    expect(decoded.hasSeed).toBe(false);
    expect(decoded.presetId).toBeNull();
    expect(decoded.params.fiberLengthKm).toBe(defaultParams().fiberLengthKm);
    expect(decoded.params.g2Zero).toBe(0.1);
    expect(decoded.issues.map((i) => i.detail)).toEqual([
      { code: 'repeated-key', key: 'seed', count: 2 },
      { code: 'repeated-key', key: 'preset', count: 2 },
      { code: 'repeated-key', key: 'fiberLengthKm', count: 2 },
    ]);
  });

  it('echoes a huge or control-laden value bounded and escaped', () => {
    const decoded = decodeUrlState(`?seed=${'9'.repeat(5000)}&preset=a%0Ab%E2%80%AEc&${'x'.repeat(3000)}=1`, 5);
    for (const issue of decoded.issues) {
      const english = describeLinkIssue(issue.detail, 'en');
      expect(english.length).toBeLessThan(200);
      expect(english).not.toMatch(/[\n\u202e]/);
    }
    expect(decoded.issues.map((i) => i.key)).toEqual(['preset', 'seed', `${'x'.repeat(39)}…`]);
    // Escaped by the reader; not id-like, so the page only tells its length.
    expect(decoded.issues[0].detail).toMatchObject({ code: 'bad-preset', raw: 'a\\u000ab\\u202ec' });
    expect(describeLinkIssue(decoded.issues[0].detail, 'en')).toContain('Preset (preset): a text of 15 characters');
  });

  it('round-trips state through the query string', () => {
    const params = { ...presetParams('qd-intercity-2024'), g2Zero: 0.056, darkCountRateHz: 12.5 };
    const state = { params, presetId: 'qd-intercity-2024' as const, seed: 4242 };
    const decoded = decodeUrlState(`?${encodeUrlState(state)}`, 1);
    expect(decoded.issues).toEqual([]);
    expect(decoded.params).toEqual(params);
    expect(decoded.presetId).toBe('qd-intercity-2024');
    expect(decoded.seed).toBe(4242);
    expect(decoded.hasSeed).toBe(true);
  });

  it('reports malformed and out-of-range values by name and keeps the base value', () => {
    const decoded = decodeUrlState('?fiberLengthKm=abc&g2Zero=3&seed=1', 9);
    expect(decoded.params.fiberLengthKm).toBe(defaultParams().fiberLengthKm);
    expect(decoded.params.g2Zero).toBe(defaultParams().g2Zero);
    expect(decoded.issues.map((i) => i.key)).toEqual(['fiberLengthKm', 'g2Zero']);
    expect(describeLinkIssue(decoded.issues[0].detail, 'en')).toBe(
      'Fiber length (fiberLengthKm): "abc" is not a number; expected a number from 0 to 400 km; keeping 120 km',
    );
    expect(decoded.seed).toBe(1);
  });

  it('rejects bad seeds and presets, ignores reserved keys, accepts aliases', () => {
    const decoded = decodeUrlState('?seed=-3&preset=nope&lang=de&kiosk=1&distanceKm=80', 5);
    expect(decoded.seed).toBe(5);
    expect(decoded.hasSeed).toBe(false);
    expect(decoded.presetId).toBeNull();
    expect(decoded.params.fiberLengthKm).toBe(80);
    expect(decoded.issues.map((i) => i.key)).toEqual(['preset', 'seed']);
  });

  it('reverts a value that clashes with the others', () => {
    const decoded = decodeUrlState('?fiberLengthKm=10&evePositionKm=50', 1);
    expect(decoded.params.evePositionKm).toBe(0);
    expect(decoded.params.fiberLengthKm).toBe(10);
    expect(decoded.issues[0].detail).toEqual({
      code: 'clash',
      clash: { code: 'eve-beyond-fiber', param: 'evePositionKm', evePositionKm: 50, fiberLengthKm: 10 },
      culprit: 'evePositionKm',
      kept: 0,
    });
  });
});
