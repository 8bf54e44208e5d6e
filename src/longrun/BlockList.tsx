// The finished blocks of one long run as a list, newest last: when each was complete, its phase-error bound
// against the 11 % threshold, and its key bits or why it was aborted. Long lists show the newest blocks only.
import { formatCount, formatDuration, formatPercent } from '../format/formatNumber';
import type { LongRunBlock } from './longRunStore';

const MAX_LISTED = 40;
/** From this many entries the list scrolls (longRun.css), so it takes keyboard focus to scroll. */
const SCROLLS_FROM = 8;

function BlockItem({ b }: { b: LongRunBlock }) {
  const when = b.isRemainder ? 'the partial block distilled at the end' : `filled at ≈ ${formatDuration(b.filledAtS)}`;
  const bound = Number.isFinite(b.phaseErrorBound) ? `, phase-error bound ${formatPercent(b.phaseErrorBound)}` : '';
  return (
    <li className={b.isAborted ? 'long-run-block aborted' : 'long-run-block kept'}>
      <span className="long-run-block-mark" aria-hidden="true">{b.isAborted ? '○' : '●'}</span>
      <span>
        <strong>Block {b.index + 1}</strong> ({when}{bound}):{' '}
        {b.isAborted ? <>aborted — {b.abortMessage ?? 'no key'}</> : <>kept, {formatCount(b.finalKeyBits)} secret bits from {formatCount(b.nKey)} key bits</>}
      </span>
    </li>
  );
}

export function BlockList({ title, blocks }: { title: string; blocks: readonly LongRunBlock[] }) {
  if (blocks.length === 0) return <p className="muted long-run-no-blocks">No block finished yet.</p>;
  const shown = blocks.slice(-MAX_LISTED);
  return (
    <div className={shown.length >= SCROLLS_FROM ? 'long-run-blocks is-scrolling' : 'long-run-blocks'}>
      {shown.length < blocks.length && <p className="muted">Newest {MAX_LISTED} of {formatCount(blocks.length)} blocks.</p>}
      <ol aria-label={`Blocks, ${title.toLowerCase()}`} tabIndex={shown.length >= SCROLLS_FROM ? 0 : undefined}>
        {shown.map((b) => <BlockItem key={`${b.index}-${b.isRemainder}`} b={b} />)}
      </ol>
    </div>
  );
}
