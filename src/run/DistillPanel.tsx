// The key-distillation panel: a few facts (bits leaked by error correction, blocks, block size, what Eve's
// guess matches after privacy amplification) and a side-by-side hex preview of Alice's and Bob's final keys.
// The funnel itself is drawn by plots/FunnelPlot; AbortNotice shows aborts.
import { formatCount, formatPercent } from '../format/formatNumber';
import { runText } from '../i18n/text/run';
import { useText } from '../i18n/useText';
import { useAppState } from '../store/useAppState';

function KeyPreview() {
  const block = useAppState((s) => s.lastKeyBlock);
  const blocksDone = useAppState((s) => s.blocksDone);
  const text = useText(runText);
  if (!block) return <p className="muted">{blocksDone > 0 ? text.noKeyAllAborted : text.noKeyYet}</p>;
  const isEqual = block.aliceBobKeysEqual && block.aliceKeyHex === block.bobKeyHex;
  return (
    <figure className="key-preview">
      <figcaption>
        {text.finalKeyOfBlock(block.blockIndex + 1, block.aliceKeyHex.length * 4)}
        <span className={isEqual ? 'badge badge-ok' : 'badge badge-bad'}>
          {isEqual ? text.keysEqual : text.keysDiffer}
        </span>
      </figcaption>
      <dl className="keys">
        <div>
          <dt>Alice</dt>
          <dd>
            <code>{block.aliceKeyHex}</code>
          </dd>
        </div>
        <div>
          <dt>Bob</dt>
          <dd>
            <code>{block.bobKeyHex}</code>
          </dd>
        </div>
      </dl>
    </figure>
  );
}

export function DistillPanel() {
  const summary = useAppState((s) => s.summary);
  const blocksDone = useAppState((s) => s.blocksDone);
  const blockSizeBits = useAppState((s) => s.params.blockSizeBits);
  const eveAgreement = useAppState((s) => s.lastKeyBlock?.eveFinalKeyAgreement ?? null);
  const text = useText(runText);

  return (
    <section className="panel distill" aria-labelledby="distill-title">
      <h2 id="distill-title">{text.distillation}</h2>
      <dl className="distill-facts">
        <div>
          <dt>{text.leakedBits}</dt>
          <dd>{formatCount(summary?.leakBits ?? 0)}</dd>
        </div>
        <div>
          <dt>{text.blocksDistilled}</dt>
          <dd>
            {formatCount(blocksDone)}
            {summary && summary.blocksAborted > 0 ? text.abortedCount(formatCount(summary.blocksAborted)) : ''}
          </dd>
        </div>
        <div>
          <dt>{text.eveGuess}</dt>
          <dd>{eveAgreement === null ? '—' : text.eveAgreement(formatPercent(eveAgreement))}</dd>
        </div>
        <div>
          <dt>{text.blockSize}</dt>
          <dd>{text.bits(formatCount(blockSizeBits))}</dd>
        </div>
      </dl>
      <KeyPreview />
    </section>
  );
}
