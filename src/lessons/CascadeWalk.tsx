// Lesson 5's walk-through of the real run: Cascade's binary searches of the first traced block, one
// parity question at a time (range, Alice's and Bob's parity, which half holds the error), then what
// privacy amplification did to the key's length and to Eve's guess.
import { useEffect, useMemo, useState } from 'react';
import type { BlockReport } from '../../workers/common/reports';
import { formatCount, formatPercent } from '../format/formatNumber';
import { useAppState } from '../store/useAppState';
import { cascadeSearches } from './cascadeSearches';
import { cascadeTraceOf } from './lessonSnapshot';

interface Props {
  onStep: (stepsSeen: number, hasSeenFix: boolean) => void;
}

export function CascadeWalk({ onStep }: Props) {
  const newest = useAppState((s) => s.lastKeyBlock);
  // The first traced block stays in view while the run goes on, so the walk does not jump.
  const [block, setBlock] = useState<BlockReport | null>(null);
  const [searchIndex, setSearchIndex] = useState(0);
  const [shown, setShown] = useState(0);
  useEffect(() => {
    if (!block && newest && (cascadeTraceOf(newest)?.length ?? 0) > 0) setBlock(newest);
  }, [block, newest]);
  const searches = useMemo(() => cascadeSearches(cascadeTraceOf(block) ?? []), [block]);
  const search = searches[searchIndex] ?? null;
  const isAtFix = search !== null && shown > search.questions.length;

  useEffect(() => { onStep(shown, isAtFix); }, [shown, isAtFix, onStep]);

  if (!block) return <p className="lesson-hint">No traced block yet: blocks of up to 4 096 key bits record Cascade’s questions.</p>;
  const questions = search ? search.questions.slice(0, shown) : [];
  return (
    <div className="cascade-walk">
      <p>
        Block {block.blockIndex + 1}: {formatCount(block.nKey)} key bits went into Cascade. It found {searches.length} wrong bits
        with binary searches, using {formatCount(block.leakBits)} public parities in {block.rounds} rounds.
      </p>
      {search && (
        <>
          <h3>Search {searchIndex + 1} of {searches.length} (pass {search.pass + 1}, block {search.block + 1})</h3>
          <p>
            Alice’s and Bob’s parities of this whole block differ, so it hides an error. Cascade asks about one half at a time
            {search.pass > 0 ? ' (bit numbers count along this pass’s shuffled key)' : ''}:
          </p>
          <ol className="cascade-steps" aria-live="polite">
            {questions.map((q, i) => {
              const differ = q.aliceParity !== q.bobParity;
              return (
                <li key={i}>
                  {q.hi - q.lo === 1 ? `Bit ${formatCount(q.hi)}` : `Parity of bits ${formatCount(q.lo + 1)}–${formatCount(q.hi)} (${q.hi - q.lo} bits)`}:
                  {' '}Alice {q.aliceParity}, Bob {q.bobParity} →{' '}
                  {differ ? 'they differ: the error is in here.' : 'they agree: the error is in the other half.'}
                </li>
              );
            })}
            {isAtFix && <li className="cascade-fix">Found it: Bob flips that bit{search.pass > 0 ? ` (bit ${formatCount((search.flippedKeyBit ?? 0) + 1)} of the unshuffled key)` : ''}. His block now has Alice’s parity.</li>}
          </ol>
          <div className="lesson-actions">
            <button type="button" className="button" disabled={isAtFix} onClick={() => setShown((n) => n + 1)}>Next question</button>
            <button type="button" className="button" disabled={searchIndex + 1 >= searches.length}
              onClick={() => { setSearchIndex((i) => i + 1); setShown(0); }}>Next search</button>
          </div>
        </>
      )}
      <h3>Privacy amplification</h3>
      <p>
        {formatCount(block.nKey)} corrected bits were hashed down to a final key of {formatCount(block.finalKeyBits)} bits.
        Before, Eve knew {formatPercent(block.eveKnownSiftedFraction)} of the sifted bits exactly.
        Eve’s guess vs final key: {block.eveFinalKeyAgreement === null ? '—' : `${formatPercent(block.eveFinalKeyAgreement)} agree`} (50 % = a coin flip).
      </p>
    </div>
  );
}
