// The key-distillation panel: the funnel from detections to final key bits, the bits leaked by error
// correction and a side-by-side hex preview of Alice's and Bob's final keys (AbortNotice shows aborts).
import { formatCount } from '../format/formatNumber';
import { useAppState } from '../store/useAppState';

function FunnelStep({ label, value, note }: { label: string; value: number; note?: string }) {
  return (
    <li className="funnel-step">
      <span className="funnel-label">{label}</span>
      <span className="funnel-value">{formatCount(value)}</span>
      {note && <span className="funnel-note">{note}</span>}
    </li>
  );
}

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
  const totals = useAppState((s) => s.totals);
  const summary = useAppState((s) => s.summary);
  const blocksDone = useAppState((s) => s.blocksDone);
  const blockSizeBits = useAppState((s) => s.params.blockSizeBits);

  return (
    <section className="panel distill" aria-labelledby="distill-title">
      <h2 id="distill-title">Key distillation</h2>
      <ol className="funnel" aria-label="Key funnel">
        <FunnelStep label="Detections" value={totals.detections} />
        <FunnelStep label="Sifted" value={totals.siftedZ + totals.siftedX} note={`Z ${formatCount(totals.siftedZ)} · X ${formatCount(totals.siftedX)}`} />
        <FunnelStep label="Corrected" value={summary?.nCorrected ?? 0} />
        <FunnelStep label="Final key bits" value={summary?.finalKeyBits ?? 0} />
      </ol>
      <dl className="distill-facts">
        <div><dt>Leaked bits (error correction)</dt><dd>{formatCount(summary?.leakBits ?? 0)}</dd></div>
        <div><dt>Blocks distilled</dt><dd>{formatCount(blocksDone)}{summary && summary.blocksAborted > 0 ? ` (${formatCount(summary.blocksAborted)} aborted)` : ''}</dd></div>
        <div><dt>Block size</dt><dd>{formatCount(blockSizeBits)} bits</dd></div>
      </dl>
      <KeyPreview />
    </section>
  );
}
