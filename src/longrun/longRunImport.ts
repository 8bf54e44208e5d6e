// The hand-over of an imported long-run file from "Import run" (src/export/ExportPanel.tsx) to the long-run
// panel, which owns the long run's engine and rings: the mounted panel registers to receive it.
import type { RecordedLongRun } from './readLongRunFile';
import type { ImportedLongRun } from './longRunStore';

type Receiver = (run: RecordedLongRun, imported: ImportedLongRun) => void;

let receiver: Receiver | null = null;

/** The panel registers while mounted; returns the function that unregisters it. */
export function receiveLongRunImports(r: Receiver): () => void {
  receiver = r;
  return () => {
    if (receiver === r) receiver = null;
  };
}

/** Shows the run in the panel; false when no long-run panel is on the page. */
export function deliverLongRunImport(run: RecordedLongRun, imported: ImportedLongRun): boolean {
  if (!receiver) return false;
  receiver(run, imported);
  return true;
}
