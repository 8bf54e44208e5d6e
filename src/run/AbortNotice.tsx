// The message of the newest aborted block ("possible eavesdropper: key discarded…"), shown above the
// readouts so nobody misses that the key of that block was thrown away. Worded from the abort's code and numbers.
import { describeBlockAbort, runText } from '../i18n/text/run';
import { useLocale } from '../i18n/useText';
import { useAppState } from '../store/useAppState';

export function AbortNotice() {
  const lastAbort = useAppState((s) => s.lastAbort);
  const blocksAborted = useAppState((s) => s.summary?.blocksAborted ?? 0);
  const locale = useLocale();
  const text = runText[locale];
  if (!lastAbort) return null;
  // A report without the numbers (an older worker) is worded from its reason code alone.
  const reason = describeBlockAbort(lastAbort.blockIndex, lastAbort.reason, lastAbort.detail, locale);
  return (
    <p className="abort" role="alert">
      <strong>{text.blockAborted}</strong> {reason}
      {blocksAborted > 1 && <span className="abort-count">{text.abortedSoFar(blocksAborted)}</span>}
    </p>
  );
}
