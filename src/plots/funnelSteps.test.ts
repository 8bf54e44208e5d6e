// Tests of the funnel data: live counts before the first block, block-based counts after, monotone steps.
import { describe, expect, it } from 'vitest';
import type { DistillSummary } from '../../workers/common/reports';
import { emptyTotals } from '../engine/runTotals';
import { funnelText } from '../i18n/text/plots';
import { textFor } from '../i18n/defineText';
import { funnelSteps } from './funnelSteps';

const en = textFor(funnelText, 'en');
const de = textFor(funnelText, 'de');

const totals = { ...emptyTotals(), pulses: 1_000_000, detections: 10_000, siftedZ: 2_500, siftedX: 2_500 };
const summary: DistillSummary = {
  blocks: 1,
  blocksAborted: 0,
  blocksDiscardedByVerification: 0,
  nDetected: 8_000,
  nSiftedZ: 2_000,
  nSiftedX: 2_000,
  nCorrected: 2_000,
  leakBits: 300,
  rounds: 4,
  finalKeyBits: 900,
  aliceBobKeysEqual: true,
};

describe('funnelSteps', () => {
  it('shows the live first three steps before any block', () => {
    const steps = funnelSteps(totals, null, en);
    expect(steps.map((s) => s.value)).toEqual([1_000_000, 10_000, 5_000]);
  });

  it('counts over distilled blocks afterwards, never growing from step to step', () => {
    const steps = funnelSteps(totals, summary, en);
    expect(steps.map((s) => s.id)).toEqual(['pulses', 'detections', 'sifted', 'key', 'corrected', 'final']);
    expect(steps[0].value).toBe(800_000);
    for (let i = 1; i < steps.length; i++) expect(steps[i].value).toBeLessThanOrEqual(steps[i - 1].value);
    expect(steps[4].loss).toContain('300');
  });

  it('names the steps and losses in the chosen language with the same figures', () => {
    const english = funnelSteps(totals, summary, en);
    const german = funnelSteps(totals, summary, de);
    expect(german.map((s) => s.value)).toEqual(english.map((s) => s.value));
    expect(english[5].label).toBe('Final key');
    expect(german[5].label).toBe('Endgültiger Schlüssel');
    expect(german[4].loss).toContain('300 Paritäts- und Prüfbits');
  });
});
