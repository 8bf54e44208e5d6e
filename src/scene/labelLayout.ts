// Keeps text labels from printing over each other or off the edge: each box is pulled inside the bounds,
// then, in priority order, moved away (in its own direction first) from the boxes already placed; a box
// that finds no free place is hidden. Pure, so the 3D scene's labels and the plots' SVG labels share it.

export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The way it would rather move when it collides: up (−1, labels above their point) or down (1). */
  direction: -1 | 1;
}

export interface PlacedLabel {
  x: number;
  y: number;
  isHidden: boolean;
}

export interface Bounds {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Whether two boxes overlap, with `gap` px kept between them. */
export function boxesOverlap(a: Omit<LabelBox, 'direction'>, b: Omit<LabelBox, 'direction'>, gap = 0): boolean {
  return (
    a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap
  );
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

/** Tries to settle a box at `y0` by stepping past colliding boxes in `direction`; null when it leaves the bounds. */
function settle(
  box: LabelBox,
  x: number,
  y0: number,
  direction: -1 | 1,
  placed: readonly LabelBox[],
  bounds: Bounds,
  gap: number,
): number | null {
  let y = y0;
  for (let tries = 0; tries <= placed.length; tries++) {
    if (y < bounds.top - 1e-6 || y + box.height > bounds.bottom + 1e-6) return null;
    const hit = placed.find((p) => boxesOverlap({ ...box, x, y }, p, gap));
    if (!hit) return y;
    y = direction < 0 ? hit.y - box.height - gap : hit.y + hit.height + gap;
  }
  return null;
}

/**
 * Places boxes given in priority order (the first never moves except into the bounds). Returns, per box and in
 * the same order, its top-left corner and whether it had to be hidden.
 */
export function layoutLabels(boxes: readonly LabelBox[], bounds: Bounds, gap = 2): PlacedLabel[] {
  const placed: LabelBox[] = [];
  return boxes.map((box) => {
    const x =
      box.width >= bounds.right - bounds.left ? bounds.left : clamp(box.x, bounds.left, bounds.right - box.width);
    const y0 = clamp(box.y, bounds.top, Math.max(bounds.top, bounds.bottom - box.height));
    const y =
      settle(box, x, y0, box.direction, placed, bounds, gap) ??
      settle(box, x, y0, box.direction < 0 ? 1 : -1, placed, bounds, gap);
    if (y === null) return { x, y: y0, isHidden: true };
    placed.push({ ...box, x, y });
    return { x, y, isHidden: false };
  });
}
