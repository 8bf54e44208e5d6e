// "Share this run": the link (current link params, preset and seed) in a read-only field, a "Copy link"
// button and its QR code (also full screen, for a projector), so students open the same link on their phones.
import { useEffect, useId, useRef, useState } from 'react';
import { exportText } from '../i18n/text/export';
import { useText } from '../i18n/useText';
import { useAppState } from '../store/useAppState';
import { shareText } from '../i18n/text/share';
import { QrCode } from './QrCode';
import { QrDialog } from './QrDialog';
import { buildShareUrl } from './shareLink';

async function copyText(text: string, field: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard permission (or an old browser): select the text so Ctrl+C / long-press copies it.
    field?.focus();
    field?.select();
    return false;
  }
}

export function ShareLink() {
  const params = useAppState((s) => s.params);
  const presetId = useAppState((s) => s.presetId);
  const seed = useAppState((s) => s.seed);
  const url = buildShareUrl({ params, presetId, seed }, window.location);
  const fieldId = useId();
  const fieldRef = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'copied' | 'blocked' | null>(null);
  const text = useText(exportText);
  const share = useText(shareText);
  const [isQrOpen, setQrOpen] = useState(false);

  useEffect(() => {
    setCopied(null);
  }, [url]);

  return (
    <div className="share-link">
      <div className="share-link-text">
        <h3>{text.shareTitle}</h3>
        <p className="muted">{text.shareHint}</p>
        <div className="field">
          <label htmlFor={fieldId}>{text.shareLink}</label>
          <input
            id={fieldId}
            ref={fieldRef}
            type="text"
            readOnly
            value={url}
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
        <div className="share-actions">
          <button
            type="button"
            className="button"
            onClick={() => {
              void copyText(url, fieldRef.current).then((ok) => setCopied(ok ? 'copied' : 'blocked'));
            }}
          >
            {text.copyLink}
          </button>
          <button type="button" className="button" onClick={() => setQrOpen(true)}>
            {share.showQr}
          </button>
          <p role="status" className="share-status">
            {copied === null ? '' : copied === 'copied' ? text.copied : text.copyBlocked}
          </p>
        </div>
      </div>
      <QrCode text={url} label={text.qrLabel} />
      <QrDialog url={url} label={text.qrLabel} isOpen={isQrOpen} onClose={() => setQrOpen(false)} />
    </div>
  );
}
