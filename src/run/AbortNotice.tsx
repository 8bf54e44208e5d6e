// The message of the newest aborted block ("possible eavesdropper: key discarded…"), shown above the
// readouts so nobody misses that the key of that block was thrown away.
import { useAppState } from '../store/useAppState';

export function AbortNotice() {
  const abortMessage = useAppState((s) => s.abortMessage);
  const blocksAborted = useAppState((s) => s.summary?.blocksAborted ?? 0);
  if (!abortMessage) return null;
  return (
    <p className="abort" role="alert">
      <strong>Block aborted:</strong> {abortMessage}
      {blocksAborted > 1 && <span className="abort-count"> ({blocksAborted} blocks aborted so far)</span>}
    </p>
  );
}
