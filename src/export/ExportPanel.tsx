// The "Export / share" panel: run data as CSV (per-batch series) and JSON (everything needed to
// reproduce the run), "Import run" for such a JSON file (validated strictly; a bad file only shows a
// message), and the share link with its QR code. Files are made and read in the page; nothing is sent.
import { useRef, useState } from 'react';
import { useRunController } from '../engine/runControllerContext';
import { ShareLink } from '../share/ShareLink';
import { useAppState, useAppStore } from '../store/useAppState';
import { modelVersion } from './buildInfo';
import { parseRunImport, MAX_IMPORT_CHARS } from './importRun';
import { buildRunCsv } from './runCsv';
import { buildRunJson } from './runJson';
import { saveFile } from './saveFile';
import './export.css';

type Message = { kind: 'ok' | 'error'; text: string } | null;

export function ExportPanel() {
  const store = useAppStore();
  const controller = useRunController();
  const hasData = useAppState((s) => s.totals.batches > 0);
  const fileRef = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<Message>(null);

  const baseName = () => `qkd-lab-run-seed${store.getState().seed}`;

  function exportCsv(): void {
    const s = store.getState();
    saveFile(new Blob([buildRunCsv(s.series, s.blockReports, s.summary)], { type: 'text/csv' }), `${baseName()}.csv`);
  }

  function exportJson(): void {
    const s = store.getState();
    const doc = buildRunJson({ seed: s.seed, presetId: s.presetId, params: s.params, status: s.status, totals: s.totals, summary: s.summary, blocksDone: s.blocksDone, blockReports: s.blockReports }, modelVersion());
    saveFile(new Blob([`${JSON.stringify(doc, null, 2)}\n`], { type: 'application/json' }), `${baseName()}.json`);
  }

  async function importFile(file: File): Promise<void> {
    if (file.size > MAX_IMPORT_CHARS) {
      setMessage({ kind: 'error', text: `Import run: ${file.name} was not loaded. file: ${file.size} bytes is more than a run file can be.` });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch (err) {
      setMessage({ kind: 'error', text: `Import run: ${file.name} could not be read (${err instanceof Error ? err.message : 'unknown error'}).` });
      return;
    }
    const result = parseRunImport(text, modelVersion());
    if (!result.ok) {
      setMessage({ kind: 'error', text: `Import run: ${file.name} was not loaded, nothing changed. ${result.message}.` });
      return;
    }
    // The loaded link and seed replace the current ones; the old run's results no longer match them.
    controller.reset();
    store.getState().loadParams(result.run);
    const notes = result.notes.length ? ` Note: ${result.notes.join('; ')}.` : '';
    setMessage({ kind: 'ok', text: `Loaded ${file.name}: seed ${result.run.seed}${result.run.presetId ? `, preset ${result.run.presetId}` : ''}. Press Start to run it.${notes}` });
  }

  return (
    <section className="panel export-panel" aria-labelledby="export-title">
      <h2 id="export-title">Export / share</h2>
      <div className="export-row">
        <div className="export-group">
          <h3>Run data</h3>
          <p className="muted">CSV: one row per simulated batch (time, detections, sifted and error counts, QBER, key bits). JSON: seed, preset, every parameter, model version, totals and block reports.</p>
          <div className="export-actions">
            <button type="button" className="button" onClick={exportCsv} disabled={!hasData}>Export run as CSV</button>
            <button type="button" className="button" onClick={exportJson}>Export run as JSON</button>
            <button type="button" className="button" onClick={() => fileRef.current?.click()}>Import run</button>
            <input ref={fileRef} type="file" accept=".json,application/json" hidden tabIndex={-1} aria-hidden="true"
              onChange={(e) => { const f = e.currentTarget.files?.[0]; e.currentTarget.value = ''; if (f) void importFile(f); }} />
          </div>
          {message && (message.kind === 'error'
            ? <p className="import-message import-error" role="alert">{message.text}</p>
            : <p className="import-message import-ok" role="status">{message.text}</p>)}
        </div>
        <ShareLink />
      </div>
    </section>
  );
}
