// Which points of a line chart a d3 line cannot show: a defined point with no defined neighbour (the only bin
// of a one-Step run, or a bin between two gaps) makes a path of one "M" and no segment, so it is drawn as a marker.

/** Indices of the defined items whose neighbours on both sides are missing or undefined. */
export function isolatedIndices<T>(items: readonly T[], isDefined: (item: T) => boolean): number[] {
  const defined = items.map(isDefined);
  const out: number[] = [];
  for (let i = 0; i < defined.length; i++) {
    if (defined[i] && !defined[i - 1] && !defined[i + 1]) out.push(i);
  }
  return out;
}
