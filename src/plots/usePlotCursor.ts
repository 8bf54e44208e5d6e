// The hover readout's cursor shared by the plots: which data point is picked, moved by the arrow keys
// or set from the pointer through the x pixel positions (from the SVG's left edge, margin included) that the
// plot's last draw stored in `xPixelsRef`.
import { useRef, useState } from 'react';
import { cursorAfterKey, nearestIndex } from './plotCursor';

/** `count` reads how many points the plot has now. */
export function usePlotCursor(count: () => number) {
  const [cursor, setCursor] = useState<number | null>(null);
  const xPixelsRef = useRef<number[]>([]);
  const onCursorKey = (key: string): boolean => {
    const next = cursorAfterKey(key, cursor, count());
    if (next === undefined) return false;
    setCursor(next);
    return true;
  };
  const onPointer = (px: number | null): void => {
    setCursor(px === null ? null : nearestIndex(xPixelsRef.current, px));
  };
  return { cursor, xPixelsRef, onCursorKey, onPointer };
}
