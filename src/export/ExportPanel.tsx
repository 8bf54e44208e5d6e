// The "Export / share" panel: run data as CSV (per-batch series) and JSON (everything needed to
// reproduce the run), "Import run" for such a JSON file (validated strictly; a bad file only shows a
// message), and the share link with its QR code. Files are made and read in the page; nothing is sent.
import { useRef, useState } from 'react';
import { TechnicalDetail } from '../app/TechnicalDetail';
import { useEngines } from '../engine/enginesContext';
import { ShareLink } from '../share/ShareLink';
import { describeImportIssue, describeImportNote, exportText } from '../i18n/text/export';
import type { FaultText } from '../i18n/text/faults';
import { presetText } from '../i18n/text/presets';
import type { Locale } from '../i18n/locale';
import { useLocale } from '../i18n/useText';
import { useAppState, useAppStore } from '../store/useAppState';
import { LONG_RUN_FORMAT } from '../longrun/longRunFile';
import { readLongRunFile } from '../longrun/readLongRunFile';
import { modelVersion } from './buildInfo';
import { restoreRecordedRun } from './importedRun';
import { parseRunImport, MAX_IMPORT_CHARS } from './importRun';
import { readRecordedRun } from './recordedRun';
import { buildRunCsv } from './runCsv';
import { buildRunJson } from './runJson';
import { saveFile } from './saveFile';
import './export.css';

/** A message worded when shown, so it follows a change of language; an unexpected error's own text is its detail. */
type Message = { kind: 'ok' | 'error'; text: (locale: Locale) => FaultText } | null;

const plain = (text: string): FaultText => ({ text, detail: null });

/** The file's JSON object, or null when it is not one (parseRunImport then says why, in its own words). */
function parsedObject(text: string): Record<string, unknown> | null {
  try {
    const doc: unknown = JSON.parse(text);
    return typeof doc === 'object' && doc !== null && !Array.isArray(doc) ? (doc as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export function ExportPanel() {
  const store = useAppStore();
  const { run: controller, longRun } = useEngines();
  const hasData = useAppState((s) => s.totals.batches > 0);
  const fileRef = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<Message>(null);
  const locale = useLocale();
  const text = exportText[locale];

  const shown = message?.text(locale) ?? null;

  const baseName = () => `qkd-lab-run-seed${store.getState().seed}`;

  function exportCsv(): void {
    const s = store.getState();
    saveFile(new Blob([buildRunCsv(s.series, s.blockReports, s.summary)], { type: 'text/csv' }), `${baseName()}.csv`);
  }

  function exportJson(): void {
    const s = store.getState();
    const doc = buildRunJson(
      {
        seed: s.seed,
        presetId: s.presetId,
        params: s.params,
        status: s.status,
        totals: s.totals,
        summary: s.summary,
        blocksDone: s.blocksDone,
        blockReports: s.blockReports,
        series: s.series,
      },
      modelVersion(),
    );
    saveFile(new Blob([`${JSON.stringify(doc, null, 2)}\n`], { type: 'application/json' }), `${baseName()}.json`);
  }

  async function importFile(file: File): Promise<void> {
    if (file.size > MAX_IMPORT_CHARS) {
      setMessage({ kind: 'error', text: (l) => plain(exportText[l].tooBig(file.name, file.size, MAX_IMPORT_CHARS)) });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch (err) {
      // The browser's own reason (e.g. the file changed on disk) is English: kept as the technical detail.
      const detail = err instanceof Error ? err.message : String(err);
      setMessage({
        kind: 'error',
        text: (l) => ({ text: exportText[l].unreadableFile(file.name), detail: detail || null }),
      });
      return;
    }
    const doc = parsedObject(text);
    const refuse = (field: string) =>
      setMessage({
        kind: 'error',
        text: (l) => plain(exportText[l].notLoaded(file.name, exportText[l].badRecorded(field))),
      });
    if (doc?.format === LONG_RUN_FORMAT) {
      const read = readLongRunFile(doc);
      if (!read.ok) {
        refuse(read.field);
        return;
      }
      const seed = read.run.setup.seed;
      longRun.showRecorded(read.run, { fileName: file.name, seed, exportedAt: read.run.exportedAt });
      setMessage({ kind: 'ok', text: (l) => plain(exportText[l].loadedLongRun(file.name, seed)) });
      return;
    }
    const result = parseRunImport(text, modelVersion());
    if (!result.ok) {
      const { issue } = result;
      setMessage({
        kind: 'error',
        text: (l) => {
          const why = describeImportIssue(issue, l);
          return { text: exportText[l].notLoaded(file.name, why.text), detail: why.detail };
        },
      });
      return;
    }
    const recorded = doc ? readRecordedRun(doc) : { ok: true as const, recorded: null };
    if (!recorded.ok) {
      refuse(recorded.field);
      return;
    }
    // The loaded link and seed replace the current ones; the old run's results no longer match them.
    controller.reset();
    store.getState().loadParams(result.run);
    const { run, notes } = result;
    // The file's recorded results are shown, marked as imported, until Start or Reset.
    if (recorded.recorded)
      restoreRecordedRun(store, recorded.recorded, {
        fileName: file.name,
        seed: run.seed,
        exportedAt: recorded.recorded.exportedAt,
      });
    const loadedIn = (l: Locale) => (recorded.recorded ? exportText[l].loadedRecorded : exportText[l].loaded);
    setMessage({
      kind: 'ok',
      text: (l) =>
        plain(
          loadedIn(l)(file.name, run.seed, run.presetId ? presetText[l][run.presetId].title : null) +
            (notes.length ? exportText[l].notes(notes.map((n) => describeImportNote(n, l)).join('; ')) : ''),
        ),
    });
  }

  return (
    <section className="panel export-panel" aria-labelledby="export-title">
      <h2 id="export-title">{text.title}</h2>
      <div className="export-row">
        <div className="export-group">
          <h3>{text.runData}</h3>
          <p className="muted">{text.runDataHint}</p>
          <div className="export-actions">
            <button type="button" className="button" onClick={exportCsv} disabled={!hasData}>
              {text.exportCsv}
            </button>
            <button type="button" className="button" onClick={exportJson}>
              {text.exportJson}
            </button>
            <button type="button" className="button" onClick={() => fileRef.current?.click()}>
              {text.importRun}
            </button>
            <input
              ref={fileRef}
              type="file"
              accept=".json,application/json"
              hidden
              tabIndex={-1}
              aria-hidden="true"
              onChange={(e) => {
                const f = e.currentTarget.files?.[0];
                e.currentTarget.value = '';
                if (f) void importFile(f);
              }}
            />
          </div>
          {shown &&
            (message?.kind === 'error' ? (
              <p className="import-message import-error" role="alert">
                {shown.text}
                <TechnicalDetail detail={shown.detail} />
              </p>
            ) : (
              <p className="import-message import-ok" role="status">
                {shown.text}
              </p>
            ))}
        </div>
        <ShareLink />
      </div>
    </section>
  );
}
