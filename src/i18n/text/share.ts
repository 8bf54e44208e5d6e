// Text of the share link's full-screen QR code (the dialog a teacher puts on the projector for the class).
import { defineText } from '../defineText';

export const shareText = defineText({
  en: {
    showQr: 'Show QR code full screen',
    qrDialogTitle: 'Scan to open this link',
    close: 'Close',
  },
  de: {
    showQr: 'QR-Code im Vollbild zeigen',
    qrDialogTitle: 'Scannen, um diesen Link zu öffnen',
    close: 'Schließen',
  },
  zh: {
    showQr: '全屏显示二维码',
    qrDialogTitle: '扫码打开此链接',
    close: '关闭',
  },
});
