// Tests of the Be Eve score: an abort means caught with nothing learned; without an abort, knowledge of
// the final key is 2·agreement − 1 (0 at a coin flip), and the explanation fits the attack, the source and the
// language.
import { afterEach, describe, expect, it } from 'vitest';
import { applyLocale } from '../i18n/applyLocale';
import { beEveText } from '../i18n/text/beeve';
import { beEveVerdict, type EveRunFacts } from './beEveVerdict';

const base: EveRunFacts = {
  attack: 'intercept-resend',
  source: 'qd',
  blocksDone: 3,
  blocksAborted: 0,
  qberZ: 0.02,
  eveKnownSifted: 0.05,
  eveAgreementSifted: 0.525,
  eveFinalKeyAgreement: 0.5,
};
const en = beEveText.en.verdict;
const de = beEveText.de.verdict;

describe('beEveVerdict', () => {
  afterEach(() => applyLocale('en', undefined));

  it('calls an abort caught, with the QBER in the reason', () => {
    const v = beEveVerdict({ ...base, blocksAborted: 2, qberZ: 0.25, eveFinalKeyAgreement: null }, en);
    expect(v.isCaught).toBe(true);
    expect(v.finalKeyKnowledge).toBe(0);
    expect(v.headline).toContain('caught');
    expect(v.why).toContain('25 %');
  });

  it('scores knowledge beyond guessing from the hashed agreement', () => {
    expect(beEveVerdict(base, en).finalKeyKnowledge).toBe(0);
    expect(beEveVerdict({ ...base, eveFinalKeyAgreement: 0.75 }, en).finalKeyKnowledge).toBeCloseTo(0.5, 12);
    expect(beEveVerdict({ ...base, eveFinalKeyAgreement: 0.4 }, en).finalKeyKnowledge).toBe(0);
    expect(beEveVerdict(base, en).isCaught).toBe(false);
  });

  it('explains PNS by the source', () => {
    expect(beEveVerdict({ ...base, attack: 'pns' }, en).why).toContain('quantum dot');
    expect(beEveVerdict({ ...base, attack: 'pns', source: 'wcp', eveKnownSifted: 0.4 }, en).why).toContain('40 %');
    expect(beEveVerdict({ ...base, attack: 'pns', blocksAborted: 1 }, en).why).toContain('two or more photons');
  });

  it('explains cloning by its disturbance: caught by errors, or poor guesses at a low error rate', () => {
    const caught = beEveVerdict({ ...base, attack: 'phase-covariant-cloning', blocksAborted: 1, qberZ: 0.2 }, en);
    expect(caught.isCaught).toBe(true);
    expect(caught.headline).toBe(en.caughtErrors);
    expect(caught.why).toContain('copy an unknown photon');
    expect(caught.why).toContain('20 %');
    const hidden = beEveVerdict({ ...base, attack: 'phase-covariant-cloning', eveAgreementSifted: 0.718 }, en);
    expect(hidden.isCaught).toBe(false);
    expect(hidden.why).toContain('71.8 %');
    expect(hidden.why).toContain('2 %');
    expect(beEveVerdict({ ...base, attack: 'phase-covariant-cloning' }, de).why).toContain('Kloner');
  });

  it('speaks German with a decimal comma', () => {
    applyLocale('de', undefined);
    const v = beEveVerdict({ ...base, blocksAborted: 1, qberZ: 0.255 }, de);
    expect(v.headline).toBe('Eve wurde erwischt: Alice und Bob haben den Schlüssel weggeworfen.');
    expect(v.why).toContain('25,5 %');
    expect(beEveVerdict({ ...base, attack: 'pns' }, de).why).toContain('Quantenpunkt');
  });
});
