// Which recorded results on screen came from a file: the "Imported run" mark for the page's run (shown while
// the app store's run id is the one the import set, so Start or Reset ends it) and the restore into the store.
import { createStore } from 'zustand/vanilla';
import type { AppStore } from '../store/appState';
import type { RecordedRun } from './recordedRun';

export interface ImportedMark {
  fileName: string;
  seed: number;
  /** When the file was exported (ISO text from the file; empty when it had none). */
  exportedAt: string;
  /** The app store's run id right after the import: a new run or a reset changes it and ends the mark. */
  runId: number;
}

export const importedRunStore = createStore<{ mark: ImportedMark | null }>()(() => ({ mark: null }));

/**
 * Puts a file's recorded results into the (just reset) app store, as if the run had produced them: the series the
 * time plots draw, the totals behind the readouts and the block reports behind the key-rate point and block list.
 */
export function restoreRecordedRun(store: AppStore, recorded: RecordedRun, mark: Omit<ImportedMark, 'runId'>): void {
  const s = store.getState();
  const { runId, series } = s;
  series.clear();
  for (const record of recorded.series) series.push(record);
  s.publishTotals(runId, recorded.totals);
  if (recorded.summary) s.publishBlocks(runId, recorded.blockReports, recorded.summary);
  store.setState({ blocksDone: recorded.blocksDistilled });
  importedRunStore.setState({ mark: { ...mark, runId } });
}

/** The file's export time as a reader of `localeTag` writes it (UTC), or '' for a missing or bad date. */
export function formatExportDate(iso: string, localeTag: string): string {
  const date = new Date(iso);
  if (!iso || Number.isNaN(date.getTime())) return '';
  const format = new Intl.DateTimeFormat(localeTag, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
  return `${format.format(date)} UTC`;
}
