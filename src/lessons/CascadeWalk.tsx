// Lesson 5's walk-through of the real run: Cascade's binary searches of the first traced block, one
// parity question at a time (range, Alice's and Bob's parity, which half holds the error), then what
// privacy amplification did to the key's length and to Eve's guess.
import { useEffect, useMemo, useState } from 'react';
import type { BlockReport } from '../../workers/common/reports';
import { formatCount, formatPercent } from '../format/formatNumber';
import { cascadeWalkText } from '../i18n/text/lessonWidgets';
import { useText } from '../i18n/useText';
import { useAppState } from '../store/useAppState';
import { cascadeSearches } from './cascadeSearches';
import { cascadeTraceOf } from './lessonSnapshot';

interface Props {
  onStep: (stepsSeen: number, hasSeenFix: boolean) => void;
}

export function CascadeWalk({ onStep }: Props) {
  const newest = useAppState((s) => s.lastKeyBlock);
  const text = useText(cascadeWalkText);
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

  useEffect(() => {
    onStep(shown, isAtFix);
  }, [shown, isAtFix, onStep]);

  if (!block) return <p className="lesson-hint">{text.noTrace}</p>;
  const questions = search ? search.questions.slice(0, shown) : [];
  return (
    <div className="cascade-walk">
      <p>
        {text.intro(
          block.blockIndex + 1,
          formatCount(block.nKey),
          searches.length,
          formatCount(block.leakBits),
          block.rounds,
        )}
      </p>
      {search && (
        <>
          <h3>{text.search(searchIndex + 1, searches.length, search.pass + 1, search.block + 1)}</h3>
          <p>{text.searchIntro(search.pass > 0)}</p>
          <ol className="cascade-steps" aria-live="polite">
            {questions.map((q, i) => {
              const differ = q.aliceParity !== q.bobParity;
              return (
                <li key={i}>
                  {text.question(
                    q.hi - q.lo === 1
                      ? text.bit(formatCount(q.hi))
                      : text.range(formatCount(q.lo + 1), formatCount(q.hi), q.hi - q.lo),
                    text.answer(q.aliceParity, q.bobParity),
                  )}{' '}
                  {differ ? text.differ : text.agree}
                </li>
              );
            })}
            {isAtFix && (
              <li className="cascade-fix">
                {text.found(search.pass > 0 ? formatCount((search.flippedKeyBit ?? 0) + 1) : null)}
              </li>
            )}
          </ol>
          <div className="lesson-actions">
            <button type="button" className="button" disabled={isAtFix} onClick={() => setShown((n) => n + 1)}>
              {text.nextQuestion}
            </button>
            <button
              type="button"
              className="button"
              disabled={searchIndex + 1 >= searches.length}
              onClick={() => {
                setSearchIndex((i) => i + 1);
                setShown(0);
              }}
            >
              {text.nextSearch}
            </button>
          </div>
        </>
      )}
      <h3>{text.pa}</h3>
      <p>
        {text.paText(
          formatCount(block.nKey),
          formatCount(block.finalKeyBits),
          formatPercent(block.eveKnownSiftedFraction),
        )}{' '}
        {text.eveGuess(block.eveFinalKeyAgreement === null ? null : formatPercent(block.eveFinalKeyAgreement))}
      </p>
    </div>
  );
}
