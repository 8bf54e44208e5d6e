// The bit strip: the knowledge table of textbooks, for a few real detections of this run. Alice's basis
// and bit, what the public channel carries (bases, keep or discard), Bob's result with errors marked, and
// what Eve holds (known, guessed or nothing). A native table, so screen readers can walk it cell by cell.
import { BASIS_Z, EVE_EXACT, EVE_GUESS } from '../../workers/common/detections';
import type { SampledDetection } from '../engine/bitSample';
import { formatCount } from '../format/formatNumber';
import { useAppState } from '../store/useAppState';

const basisName = (b: number) => (b === BASIS_Z ? 'Z' : 'X');

function EveCell({ d }: { d: SampledDetection }) {
  if (d.eveKnowledge === EVE_EXACT) return <td className="eve-known" title="Eve knows this bit">{d.eveBit}</td>;
  if (d.eveKnowledge === EVE_GUESS) return <td className="eve-guess" title="Eve's guess, may be wrong">{d.eveBit}?</td>;
  return <td className="eve-none" title="Eve knows nothing about this bit">·</td>;
}

export function BitStrip() {
  const sample = useAppState((s) => s.bitSample);
  const eve = useAppState((s) => s.params.eve);
  const kept = sample.filter((d) => d.aliceBasis === d.bobBasis);
  const errors = kept.filter((d) => d.aliceBit !== d.bobBit).length;
  const eveKnown = kept.filter((d) => d.eveKnowledge === EVE_EXACT).length;

  return (
    <figure className="panel bit-strip">
      <figcaption className="plot-caption">
        <h3>Who knows which bit</h3>
        <p className="plot-note">
          {sample.length === 0
            ? 'Start (or Step) a run: the latest detections appear here. Most pulses never reach Bob, so only detections are listed.'
            : `The latest ${sample.length} detections (pulses ${formatCount(sample[0].pulseIndex)}–${formatCount(sample[sample.length - 1].pulseIndex)}): ${kept.length} kept after sifting, ${errors} with an error, Eve knows ${eveKnown} of the kept bits exactly. Alice and Bob never see Eve’s row.`}
        </p>
      </figcaption>
      {sample.length > 0 && (
        <div className="bit-strip-scroll" tabIndex={0} role="region" aria-label="Knowledge table (scrolls sideways)">
          <table className="bit-table">
            <thead>
              <tr><th scope="col">Detection</th>{sample.map((_, i) => <th key={i} scope="col">{i + 1}</th>)}</tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row" title="Photons in the pulse">Photons</th>
                {sample.map((d, i) => <td key={i} className={d.photonNumber >= 2 ? 'multi' : undefined}>{d.isDark && d.photonNumber === 0 ? '0 (dark)' : d.photonNumber}</td>)}
              </tr>
              <tr>
                <th scope="row" title="Alice: basis and bit">Alice</th>
                {sample.map((d, i) => <td key={i}>{basisName(d.aliceBasis)} {d.aliceBit}</td>)}
              </tr>
              <tr>
                <th scope="row" title="Bob: basis and bit">Bob</th>
                {sample.map((d, i) => {
                  const isKept = d.aliceBasis === d.bobBasis;
                  const isError = isKept && d.aliceBit !== d.bobBit;
                  return <td key={i} className={isError ? 'error' : undefined}>{basisName(d.bobBasis)} {d.bobBit}{isError ? ' ✗' : ''}</td>;
                })}
              </tr>
              <tr>
                <th scope="row" title="Public channel: same basis? keep or drop">Public</th>
                {sample.map((d, i) => <td key={i} className={d.aliceBasis === d.bobBasis ? 'keep' : 'discard'}>{d.aliceBasis === d.bobBasis ? 'keep' : 'drop'}</td>)}
              </tr>
              <tr>
                <th scope="row">Eve{eve === 'none' ? ' (absent)' : ''}</th>
                {sample.map((d, i) => <EveCell key={i} d={d} />)}
              </tr>
            </tbody>
          </table>
        </div>
      )}
      {sample.length > 0 && (
        <p className="bit-strip-key">
          Alice and Bob: basis (Z or X) and bit. Public: after the bases are announced, a bit is kept only when both used the same basis.
          ✗ = Bob’s bit differs from Alice’s (an error). Eve: a digit = she knows the bit, “?” = her guess, “·” = nothing.
          A photon count of 2 or more marks a multi-photon pulse, which Eve can split without being seen.
        </p>
      )}
    </figure>
  );
}
