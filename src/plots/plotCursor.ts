// Keyboard and pointer handling for a plot's hover readout: the index of the data point under the
// cursor, moved by arrow keys (Home/End jump) or set from the pointer's x through the plot's scale.

/** The next cursor index for a key, or undefined when the key is not a cursor key. */
export function cursorAfterKey(key: string, index: number | null, count: number): number | null | undefined {
  if (count === 0) return key === 'Escape' ? null : undefined;
  const last = count - 1;
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowDown':
      return index === null ? last : Math.max(0, index - 1);
    case 'ArrowRight':
    case 'ArrowUp':
      return index === null ? 0 : Math.min(last, index + 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'Escape':
      return null;
    default:
      return undefined;
  }
}

/** Index of the value in an ascending array nearest to x (null for an empty array). */
export function nearestIndex(values: readonly number[], x: number): number | null {
  if (values.length === 0) return null;
  let best = 0;
  for (let i = 1; i < values.length; i++) if (Math.abs(values[i] - x) < Math.abs(values[best] - x)) best = i;
  return best;
}
