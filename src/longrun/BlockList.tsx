// The finished blocks of one long run as a list, newest last: when each was complete, its phase-error bound
// against the 11 % threshold, and its key bits or why it was aborted. Long lists show the newest blocks only.
import { formatCount, formatDuration, formatPercent } from '../format/formatNumber';
import type { LongRunText } from '../i18n/text/longrun';
import type { LongRunBlock } from './longRunStore';

const MAX_LISTED = 40;
/** From this many entries the list scrolls (longRun.css), so it takes keyboard focus to scroll. */
const SCROLLS_FROM = 8;

function BlockItem({ b, t }: { b: LongRunBlock; t: LongRunText }) {
  const when = b.isRemainder ? t.remainderWhen : t.filledAt(formatDuration(b.filledAtS));
  const bound = Number.isFinite(b.phaseErrorBound) ? t.boundPart(formatPercent(b.phaseErrorBound)) : '';
  const why = () =>
    t.abortWhy({
      reason: b.abortReason,
      bound: formatPercent(b.phaseErrorBound),
      testErrors: formatPercent(b.qberEstimateX),
    });
  return (
    <li className={b.isAborted ? 'long-run-block aborted' : 'long-run-block kept'}>
      <span className="long-run-block-mark" aria-hidden="true">
        {b.isAborted ? '○' : '●'}
      </span>
      <span>
        <strong>{t.blockName(b.index + 1)}</strong> ({when}
        {bound}): {b.isAborted ? t.aborted(why()) : t.kept(formatCount(b.finalKeyBits), formatCount(b.nKey))}
      </span>
    </li>
  );
}

/** `name` is the run in a list name ("stabilisation off"). */
export function BlockList({ name, blocks, t }: { name: string; blocks: readonly LongRunBlock[]; t: LongRunText }) {
  if (blocks.length === 0) return <p className="muted long-run-no-blocks">{t.noBlocks}</p>;
  const shown = blocks.slice(-MAX_LISTED);
  return (
    <div className={shown.length >= SCROLLS_FROM ? 'long-run-blocks is-scrolling' : 'long-run-blocks'}>
      {shown.length < blocks.length && <p className="muted">{t.newest(MAX_LISTED, formatCount(blocks.length))}</p>}
      <ol aria-label={t.blocksName(name)} tabIndex={shown.length >= SCROLLS_FROM ? 0 : undefined}>
        {shown.map((b) => (
          <BlockItem key={`${b.index}-${b.isRemainder}`} b={b} t={t} />
        ))}
      </ol>
    </div>
  );
}
