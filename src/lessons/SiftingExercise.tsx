// Lesson 1's exercise: the newest detections of a Step, one card each with Alice's and Bob's basis and
// bit; the learner presses Keep or Drop and every answer is checked on the spot (same basis = keep).
import { useEffect, useState } from 'react';
import { BASIS_Z } from '../../workers/common/detections';
import { siftingText } from '../i18n/text/lessonWidgets';
import { useText } from '../i18n/useText';
import { useAppState } from '../store/useAppState';

/** How many detections the learner sorts at a time. */
export const SIFT_CARDS = 8;

const basisName = (b: number) => (b === BASIS_Z ? 'Z' : 'X');

export function SiftingExercise({ onProgress }: { onProgress: (shown: number, correct: number) => void }) {
  const sample = useAppState((s) => s.bitSample);
  const text = useText(siftingText);
  const [answers, setAnswers] = useState<Record<number, 'keep' | 'drop'>>({});
  const cards = sample.slice(-SIFT_CARDS);
  const correct = cards.filter((d) => answers[d.pulseIndex] === (d.aliceBasis === d.bobBasis ? 'keep' : 'drop')).length;

  useEffect(() => {
    onProgress(cards.length, correct);
  }, [cards.length, correct, onProgress]);

  if (cards.length === 0) return <p className="lesson-hint">{text.noDetections}</p>;
  return (
    <div className="sift-cards">
      {cards.map((d, i) => {
        const answer = answers[d.pulseIndex];
        const isSame = d.aliceBasis === d.bobBasis;
        const isRight = answer !== undefined && answer === (isSame ? 'keep' : 'drop');
        const choose = (a: 'keep' | 'drop') => setAnswers((prev) => ({ ...prev, [d.pulseIndex]: a }));
        return (
          <div key={d.pulseIndex} className="sift-card" role="group" aria-label={text.detection(i + 1)}>
            <p className="sift-row">
              <span>Alice</span> <span className="sift-basis">{basisName(d.aliceBasis)}</span> {text.bit(d.aliceBit)}
            </p>
            <p className="sift-row">
              <span>Bob</span> <span className="sift-basis">{basisName(d.bobBasis)}</span> {text.bit(d.bobBit)}
            </p>
            <div className="sift-buttons">
              <button
                type="button"
                className="button small"
                aria-pressed={answer === 'keep'}
                aria-label={text.keepName(i + 1)}
                onClick={() => choose('keep')}
              >
                {text.keep}
              </button>
              <button
                type="button"
                className="button small"
                aria-pressed={answer === 'drop'}
                aria-label={text.dropName(i + 1)}
                onClick={() => choose('drop')}
              >
                {text.drop}
              </button>
            </div>
            {answer !== undefined && (
              <p className={isRight ? 'sift-verdict right' : 'sift-verdict wrong'}>
                {isRight ? '✓ ' : '✗ '}
                {isSame ? text.sameBasis : text.differentBases}
              </p>
            )}
          </div>
        );
      })}
    </div>
  );
}
