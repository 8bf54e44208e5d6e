// The share link's QR code as an inline SVG (role="img"): dark modules on white whatever the colour
// profile, since phone cameras read dark-on-light codes best; crisp at any size on a projector.
import { useMemo } from 'react';
import { qrPath } from './qrPath';

interface Props {
  text: string;
  label: string;
}

export function QrCode({ text, label }: Props) {
  const qr = useMemo(() => qrPath(text), [text]);
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${qr.size} ${qr.size}`}
      shapeRendering="crispEdges"
    >
      <rect width={qr.size} height={qr.size} fill="#ffffff" />
      <path d={qr.d} fill="#000000" />
    </svg>
  );
}
