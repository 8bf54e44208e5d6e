// Tests of the Be Eve score: an abort means caught with nothing learned; without an abort, knowledge of
// the final key is 2·agreement − 1 (0 at a coin flip), and the explanation fits the attack and the source.
import { describe, expect, it } from 'vitest';
import { beEveVerdict, type EveRunFacts } from './beEveVerdict';

const base: EveRunFacts = { attack: 'intercept-resend', source: 'qd', blocksDone: 3, blocksAborted: 0, qberZ: 0.02, eveKnownSifted: 0.05, eveFinalKeyAgreement: 0.5 };

describe('beEveVerdict', () => {
  it('calls an abort caught, with the QBER in the reason', () => {
    const v = beEveVerdict({ ...base, blocksAborted: 2, qberZ: 0.25, eveFinalKeyAgreement: null });
    expect(v.isCaught).toBe(true);
    expect(v.finalKeyKnowledge).toBe(0);
    expect(v.headline).toContain('caught');
    expect(v.why).toContain('25.0 %');
  });

  it('scores knowledge beyond guessing from the hashed agreement', () => {
    expect(beEveVerdict(base).finalKeyKnowledge).toBe(0);
    expect(beEveVerdict({ ...base, eveFinalKeyAgreement: 0.75 }).finalKeyKnowledge).toBeCloseTo(0.5, 12);
    expect(beEveVerdict({ ...base, eveFinalKeyAgreement: 0.4 }).finalKeyKnowledge).toBe(0);
    expect(beEveVerdict(base).isCaught).toBe(false);
  });

  it('explains PNS by the source', () => {
    expect(beEveVerdict({ ...base, attack: 'pns' }).why).toContain('quantum dot');
    expect(beEveVerdict({ ...base, attack: 'pns', source: 'wcp', eveKnownSifted: 0.4 }).why).toContain('40.0 %');
    expect(beEveVerdict({ ...base, attack: 'pns', blocksAborted: 1 }).why).toContain('two or more photons');
  });
});
