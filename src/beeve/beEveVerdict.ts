// The "Be Eve" score from a real run: was she caught (a block aborted), and how much of the final key
// she knows beyond guessing (2·agreement − 1 of her hashed guess), with the reason in plain words. Pure.
import { assertNever } from '../../workers/common/exhaustive';
import type { EveAttack, SourceKind } from '../../workers/common/params';
import { formatPercent } from '../format/formatNumber';
import type { beEveText } from '../i18n/text/beeve';

export interface EveRunFacts {
  attack: EveAttack;
  source: SourceKind;
  blocksDone: number;
  blocksAborted: number;
  /** True Z QBER of the run so far. */
  qberZ: number | null;
  /** Share of sifted key bits Eve knew exactly before error correction and privacy amplification. */
  eveKnownSifted: number | null;
  /** Share of sifted key bits on which Eve's bit (known, guessed or a coin flip) equals Alice's; null before any. */
  eveAgreementSifted: number | null;
  /** Agreement of Eve's hashed guess with the newest final key; null when no block gave a key. */
  eveFinalKeyAgreement: number | null;
}

export interface EveVerdict {
  isCaught: boolean;
  /** Share of the final key Eve knows beyond guessing, 0–1; 0 when there is no key to know. */
  finalKeyKnowledge: number;
  headline: string;
  why: string;
}

export type VerdictText = (typeof beEveText)['en']['verdict'];

const pct = (x: number | null) => (x === null ? '—' : formatPercent(x));

export function beEveVerdict(f: EveRunFacts, t: VerdictText): EveVerdict {
  const isCaught = f.blocksAborted > 0;
  const finalKeyKnowledge = f.eveFinalKeyAgreement === null ? 0 : Math.max(0, 2 * f.eveFinalKeyAgreement - 1);
  const known = pct(f.eveKnownSifted);
  const tail = f.eveFinalKeyAgreement === null ? t.noBlockYet : t.hashedAway(pct(f.eveFinalKeyAgreement));
  const caught = (why: string) => ({ isCaught, finalKeyKnowledge: 0, headline: t.caughtErrors, why });
  switch (f.attack) {
    case 'intercept-resend':
      if (isCaught) return caught(t.caughtErrorsWhy(pct(f.qberZ)));
      return { isCaught, finalKeyKnowledge, headline: t.hiddenNothing, why: t.fewPhotonsWhy(known, tail) };
    case 'phase-covariant-cloning':
      // She knows no bit for sure: her guesses are right more often than a coin, by how much her cloner disturbs.
      if (isCaught) return caught(t.caughtCloningWhy(pct(f.qberZ)));
      return {
        isCaught,
        finalKeyKnowledge,
        headline: t.hiddenNothing,
        why: t.cloningWhy(pct(f.qberZ), pct(f.eveAgreementSifted), tail),
      };
    case 'pns':
    case 'beam-splitting':
    case 'none': {
      if (isCaught)
        return { isCaught, finalKeyKnowledge: 0, headline: t.caughtMultiPhoton, why: t.caughtMultiPhotonWhy };
      const why = f.source === 'qd' ? t.dotWhy(known, tail) : t.laserWhy(known, tail);
      return { isCaught, finalKeyKnowledge, headline: t.stayedHidden, why };
    }
    default:
      return assertNever(f.attack, 'attack');
  }
}
