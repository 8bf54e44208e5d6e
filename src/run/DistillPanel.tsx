// The key-distillation panel: a few facts (bits leaked by error correction, blocks, block size, what Eve's
// guess matches after privacy amplification) and a side-by-side hex preview of Alice's and Bob's final keys.
// The funnel itself is drawn by plots/FunnelPlot; AbortNotice shows aborts.
import { formatCount, formatPercent } from '../format/formatNumber';
import { useAppState } from '../store/useAppState';

function KeyPreview() {
  const block = useAppState((s) => s.lastKeyBlock);
  const blocksDone = useAppState((s) => s.blocksDone);
  if (!block) {
    const text = blocksDone > 0 ? 'No final key: every block so far was aborted.' : 'No final key yet: the first block is distilled once it is full.';
    return <p className="muted">{text}</p>;
  }
  const isEqual = block.aliceBobKeysEqual && block.aliceKeyHex === block.bobKeyHex;
  return (
    <figure className="key-preview">
      <figcaption>
        Final key of block {block.blockIndex + 1} (first {block.aliceKeyHex.length * 4} bits)
        <span className={isEqual ? 'badge badge-ok' : 'badge badge-bad'}>{isEqual ? 'Keys equal, verified' : 'Keys differ'}</span>
      </figcaption>
      <dl className="keys">
        <div><dt>Alice</dt><dd><code>{block.aliceKeyHex}</code></dd></div>
        <div><dt>Bob</dt><dd><code>{block.bobKeyHex}</code></dd></div>
      </dl>
    </figure>
  );
}

export function DistillPanel() {
  const summary = useAppState((s) => s.summary);
  const blocksDone = useAppState((s) => s.blocksDone);
  const blockSizeBits = useAppState((s) => s.params.blockSizeBits);
  const eveAgreement = useAppState((s) => s.lastKeyBlock?.eveFinalKeyAgreement ?? null);

  return (
    <section className="panel distill" aria-labelledby="distill-title">
      <h2 id="distill-title">Key distillation</h2>
      <dl className="distill-facts">
        <div><dt>Leaked bits (error correction)</dt><dd>{formatCount(summary?.leakBits ?? 0)}</dd></div>
        <div><dt>Blocks distilled</dt><dd>{formatCount(blocksDone)}{summary && summary.blocksAborted > 0 ? ` (${formatCount(summary.blocksAborted)} aborted)` : ''}</dd></div>
        <div><dt>Eve’s guess vs final key (newest block)</dt><dd>{eveAgreement === null ? '—' : `${formatPercent(eveAgreement)} agree (50 % = pure guessing)`}</dd></div>
        <div><dt>Block size</dt><dd>{formatCount(blockSizeBits)} bits</dd></div>
      </dl>
      <KeyPreview />
    </section>
  );
}
