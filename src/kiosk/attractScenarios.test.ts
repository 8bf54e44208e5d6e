// Tests of the attract scenarios: valid links on the classroom preset, captions, and the loop wraps.
import { describe, expect, it } from 'vitest';
import { crossCheck } from '../../workers/common/params';
import { presetParams } from '../../workers/common/presets';
import { kioskText } from '../i18n/text/kiosk';
import { ATTRACT_SCENARIOS, nextScenarioIndex } from './attractScenarios';

describe('attract scenarios', () => {
  it('are valid links with captions and durations', () => {
    expect(ATTRACT_SCENARIOS.length).toBeGreaterThanOrEqual(3);
    for (const s of ATTRACT_SCENARIOS) {
      expect(crossCheck({ ...presetParams('ideal-classroom'), ...s.setup })).toEqual([]);
      expect(kioskText.en.captions[s.id].length).toBeGreaterThan(10);
      expect(kioskText.de.captions[s.id].length).toBeGreaterThan(10);
      expect(s.durationS).toBeGreaterThan(0);
    }
  });

  it('loops round', () => {
    expect(nextScenarioIndex(0)).toBe(1);
    expect(nextScenarioIndex(ATTRACT_SCENARIOS.length - 1)).toBe(0);
  });
});
