// The "Imported run" badge over the plots while they show a file's recorded results (not a run of this page):
// the file's seed and export date. It disappears when Start or Reset begins something new (the run id moves on).
import { useStore } from 'zustand';
import { exportText } from '../i18n/text/export';
import { LOCALE_TAGS } from '../i18n/locale';
import { useLocale } from '../i18n/useText';
import { useAppState } from '../store/useAppState';
import { formatExportDate, importedRunStore } from './importedRun';
import './export.css';

/** `seed` and `exportedAt` given: a long run's own mark; else the page run's mark from the import. */
export function ImportedBadge({ seed, exportedAt }: { seed?: number; exportedAt?: string } = {}) {
  const mark = useStore(importedRunStore, (s) => s.mark);
  const runId = useAppState((s) => s.runId);
  const locale = useLocale();
  const t = exportText[locale];
  const own = seed !== undefined ? { seed, exportedAt: exportedAt ?? '' } : mark && mark.runId === runId ? mark : null;
  if (!own) return null;
  return (
    <p className="imported-badge">
      <strong>{t.importedBadge}</strong>{' '}
      <span>{t.importedFrom(own.seed, formatExportDate(own.exportedAt, LOCALE_TAGS[locale]))}</span>
    </p>
  );
}
