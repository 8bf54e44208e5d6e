// The bit strip: the knowledge table of textbooks, for a few real detections of this run. Alice's basis
// and bit, what the public channel carries (bases, keep or discard), Bob's result with errors marked, and
// what Eve holds (known, guessed or nothing). A native table, so screen readers can walk it cell by cell.
import { BASIS_Z, EVE_EXACT, EVE_GUESS } from '../../workers/common/detections';
import type { SampledDetection } from '../engine/bitSample';
import { formatCount } from '../format/formatNumber';
import { bitStripText } from '../i18n/text/plots';
import { useText } from '../i18n/useText';
import { useRef } from 'react';
import { useAppState } from '../store/useAppState';
import { useScrollCue } from './useScrollCue';

const basisName = (b: number) => (b === BASIS_Z ? 'Z' : 'X');

function EveCell({ d, t }: { d: SampledDetection; t: (typeof bitStripText)['en'] }) {
  if (d.eveKnowledge === EVE_EXACT)
    return (
      <td className="eve-known" title={t.eveKnows}>
        {d.eveBit}
      </td>
    );
  if (d.eveKnowledge === EVE_GUESS)
    return (
      <td className="eve-guess" title={t.eveGuess}>
        {d.eveBit}?
      </td>
    );
  return (
    <td className="eve-none" title={t.eveNothing}>
      ·
    </td>
  );
}

export function BitStrip() {
  const sample = useAppState((s) => s.bitSample);
  const eve = useAppState((s) => s.params.eve);
  const t = useText(bitStripText);
  const kept = sample.filter((d) => d.aliceBasis === d.bobBasis);
  const errors = kept.filter((d) => d.aliceBit !== d.bobBit).length;
  const eveKnown = kept.filter((d) => d.eveKnowledge === EVE_EXACT).length;
  const scrollRef = useRef<HTMLDivElement>(null);
  // The table is wider than a phone: a faded edge and a visible hint say there is more to the side.
  const cue = useScrollCue(scrollRef, sample.length);

  return (
    <figure className="panel bit-strip">
      <figcaption className="plot-caption">
        <h3>{t.title}</h3>
        <p className="plot-note">
          {sample.length === 0
            ? t.empty
            : t.summary({
                count: sample.length,
                from: formatCount(sample[0].pulseIndex),
                to: formatCount(sample[sample.length - 1].pulseIndex),
                kept: kept.length,
                errors,
                eveKnown,
              })}
        </p>
      </figcaption>
      {sample.length > 0 && (
        <div ref={scrollRef} className="bit-strip-scroll" tabIndex={0} role="region" aria-label={t.tableLabel}>
          <table className="bit-table">
            <thead>
              <tr>
                <th scope="col">{t.detection}</th>
                {sample.map((_, i) => (
                  <th key={i} scope="col">
                    {i + 1}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row" title={t.photonsTitle}>
                  {t.photons}
                </th>
                {sample.map((d, i) => (
                  <td key={i} className={d.photonNumber >= 2 ? 'multi' : undefined}>
                    {d.isDark && d.photonNumber === 0 ? t.darkCount : d.photonNumber}
                  </td>
                ))}
              </tr>
              <tr>
                <th scope="row" title={t.aliceTitle}>
                  Alice
                </th>
                {sample.map((d, i) => (
                  <td key={i}>
                    {basisName(d.aliceBasis)} {d.aliceBit}
                  </td>
                ))}
              </tr>
              <tr>
                <th scope="row" title={t.bobTitle}>
                  Bob
                </th>
                {sample.map((d, i) => {
                  const isKept = d.aliceBasis === d.bobBasis;
                  const isError = isKept && d.aliceBit !== d.bobBit;
                  return (
                    <td key={i} className={isError ? 'error' : undefined}>
                      {basisName(d.bobBasis)} {d.bobBit}
                      {isError ? ' ✗' : ''}
                    </td>
                  );
                })}
              </tr>
              <tr>
                <th scope="row" title={t.publicTitle}>
                  {t.publicRow}
                </th>
                {sample.map((d, i) => (
                  <td key={i} className={d.aliceBasis === d.bobBasis ? 'keep' : 'discard'}>
                    {d.aliceBasis === d.bobBasis ? t.keep : t.drop}
                  </td>
                ))}
              </tr>
              <tr>
                <th scope="row">{eve === 'none' ? t.eveAbsent : 'Eve'}</th>
                {sample.map((d, i) => (
                  <EveCell key={i} d={d} t={t} />
                ))}
              </tr>
            </tbody>
          </table>
        </div>
      )}
      {sample.length > 0 && cue.overflows && (
        <p className="bit-strip-hint" aria-hidden="true">
          {cue.moreLeft && !cue.moreRight ? '← ' : ''}
          {t.scrollHint}
          {cue.moreRight ? ' →' : ''}
        </p>
      )}
      {sample.length > 0 && <p className="bit-strip-key">{t.key}</p>}
    </figure>
  );
}
