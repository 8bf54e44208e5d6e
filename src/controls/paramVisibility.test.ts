// Tests of which controls the panel shows for a given link.
import { describe, expect, it } from 'vitest';
import { defaultParams } from '../../workers/common/params';
import { controlState, isLockedDuringSession } from './paramVisibility';

describe('paramVisibility', () => {
  it('shows decoy settings only for a laser with decoys', () => {
    const qd = defaultParams();
    expect(controlState('decoy', qd)).toBe('hidden');
    expect(controlState('g2Zero', qd)).toBe('shown');
    const wcp = { ...qd, source: 'wcp' as const };
    expect(controlState('decoy', wcp)).toBe('shown');
    expect(controlState('g2Zero', wcp)).toBe('hidden');
    expect(controlState('decoyMeanPhotonNumber', wcp)).toBe('hidden');
    expect(controlState('decoyMeanPhotonNumber', { ...wcp, decoy: 'vacuum-weak' })).toBe('shown');
  });

  it("shows Eve's settings only for the attack that uses them", () => {
    const p = defaultParams();
    expect(controlState('eve', p)).toBe('shown');
    expect(controlState('interceptFraction', p)).toBe('hidden');
    expect(controlState('interceptFraction', { ...p, eve: 'intercept-resend' })).toBe('shown');
    expect(controlState('interceptFraction', { ...p, eve: 'pns' })).toBe('hidden');
    const cloning = { ...p, eve: 'phase-covariant-cloning' as const };
    expect(controlState('cloningDisturbance', cloning)).toBe('shown');
    expect(controlState('interceptFraction', cloning)).toBe('shown');
    expect(controlState('evePositionKm', cloning)).toBe('shown');
    expect(controlState('eveBasisChoice', cloning)).toBe('hidden');
    expect(controlState('cloningDisturbance', { ...p, eve: 'intercept-resend' })).toBe('hidden');
  });

  it('locks distillation and emitter settings during a session, not the rest', () => {
    expect(isLockedDuringSession('distillation')).toBe(true);
    expect(isLockedDuringSession('emitter')).toBe(true);
    expect(isLockedDuringSession('fiber')).toBe(false);
    expect(isLockedDuringSession('eve')).toBe(false);
  });
});
