// A QR code as one SVG path, computed locally with qrcode-generator (no image service, no network):
// each dark module is a unit square, drawn in module coordinates with a 4-module quiet zone.
import qrcode from 'qrcode-generator';

export interface QrPath {
  /** Modules per side, quiet zone included. */
  size: number;
  d: string;
}

export const QUIET_ZONE = 4;

export function qrPath(text: string): QrPath {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  const parts: string[] = [];
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n; col++) {
      if (qr.isDark(row, col)) parts.push(`M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`);
    }
  }
  return { size: n + 2 * QUIET_ZONE, d: parts.join('') };
}
