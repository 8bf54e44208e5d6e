// The share link's QR code as large as the screen allows, in a modal <dialog> (Escape or Close ends it and
// focus returns to the button that opened it), so a class can scan it from the projector.
import { useModalDialog } from '../app/useModalDialog';
import { shareText } from '../i18n/text/share';
import { useText } from '../i18n/useText';
import { QrCode } from './QrCode';
import './share.css';

interface Props {
  url: string;
  label: string;
  isOpen: boolean;
  onClose: () => void;
}

export function QrDialog({ url, label, isOpen, onClose }: Props) {
  const ref = useModalDialog(isOpen);
  const text = useText(shareText);

  return (
    // The native dialog handles Escape (a 'close' event) and traps focus while open.
    <dialog ref={ref} className="qr-dialog" aria-labelledby="qr-dialog-title" onClose={onClose}>
      <h2 id="qr-dialog-title">{text.qrDialogTitle}</h2>
      {isOpen && <QrCode text={url} label={label} />}
      <p className="qr-dialog-url" translate="no">
        {url}
      </p>
      <button type="button" className="button" onClick={onClose} autoFocus>
        {text.close}
      </button>
    </dialog>
  );
}
