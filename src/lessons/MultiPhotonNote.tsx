// Lesson 3's figures for the newest distilled block: how Alice and Bob bound the key bits that may come from
// pulses with two or more photons (decoy analysis, the laser's worst case, or the dot's g2(0)), what share of
// the key that gives Eve, and whether the block was aborted. Read from the block report the distill core sends.
import { formatCount, formatPercent } from '../format/formatNumber';
import { multiPhotonText } from '../i18n/text/lessonWidgets';
import { useText } from '../i18n/useText';
import { useAppState } from '../store/useAppState';

export function MultiPhotonNote() {
  const text = useText(multiPhotonText);
  const block = useAppState((s) => s.blockReports.at(-1) ?? null);
  const source = useAppState((s) => s.params.source);
  const decoy = useAppState((s) => s.params.decoy);
  if (!block) return <p className="lesson-hint">{text.noBlock}</p>;
  const method = source === 'qd' ? text.methods.dot : decoy === 'vacuum-weak' ? text.methods.decoy : text.methods.laser;
  const share = block.nKey > 0 ? block.nMulti / block.nKey : 0;
  return (
    <dl className="lesson-figures" aria-live="polite">
      <div>
        <dt>{text.method}</dt>
        <dd>{method}</dd>
      </div>
      <div>
        <dt>{text.counted(block.blockIndex + 1)}</dt>
        <dd>{text.share(formatPercent(share), formatCount(block.nKey))}</dd>
      </div>
      <div>
        <dt>{text.outcome}</dt>
        <dd>{block.aborted ? text.aborted : text.key(formatCount(block.finalKeyBits))}</dd>
      </div>
    </dl>
  );
}
